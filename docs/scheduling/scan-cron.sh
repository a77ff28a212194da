#!/bin/sh
# Runs the scheduled scan and mails the press office when it finds something new (exit 1) or cannot run (exit 2,
# so nothing was checked). Exit 0, nothing new, sends nothing. Exits with the scan's own status.
# Settings, with their defaults: PRESS_FOLDER, REPORT_FOLDER, MAIL_TO, LOG.
PRESS_FOLDER=${PRESS_FOLDER:-/srv/press}
REPORT_FOLDER=${REPORT_FOLDER:-/srv/press-reports}
MAIL_TO=${MAIL_TO:-press-office@example.gov.uk}
LOG=${LOG:-/var/log/publicitycheck-scan.log}

CI=true publicitycheck scan "$PRESS_FOLDER" --fail-on new --report "$REPORT_FOLDER/latest.html" >"$LOG" 2>&1
status=$?
case $status in
  0) ;;
  1) mail -s "New publicity findings" "$MAIL_TO" <"$LOG" ;;
  *) mail -s "PublicityCheck scan could not run (exit $status)" "$MAIL_TO" <"$LOG" ;;
esac
exit $status
