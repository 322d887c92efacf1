      * CALL "SYSTEM" (runtime/shell.py) and ACCEPT ... FROM
      * ENVIRONMENT name (literal or item): system()'s raw status in
      * RETURN-CODE, the run's folder and environment (SET ENVIRONMENT,
      * DISPLAY UPON ENVIRONMENT-VALUE) seen by the shell.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. SYSENV.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT CHILD-OUT ASSIGN TO "child.txt"
               ORGANIZATION IS LINE SEQUENTIAL FILE STATUS IS FS.
       DATA DIVISION.
       FILE SECTION.
       FD CHILD-OUT.
       01 CHILD-REC PIC X(30).
       WORKING-STORAGE SECTION.
       01 FS       PIC XX.
       01 VALUE-X  PIC X(8).
       01 VALUE-9  PIC 9(4).
       01 VAR-NAME PIC X(20) VALUE "IDRS_PROBE_SET".
       01 COMMAND  PIC X(60).
       PROCEDURE DIVISION.
           ACCEPT VALUE-X FROM ENVIRONMENT "IDRS_PROBE_NEVER_SET"
           DISPLAY "unset [" VALUE-X "]"
           SET ENVIRONMENT "IDRS_PROBE_SET" TO "12ab"
           ACCEPT VALUE-X FROM ENVIRONMENT VAR-NAME
           DISPLAY "set [" VALUE-X "]"
           ACCEPT VALUE-9 FROM ENVIRONMENT "IDRS_PROBE_SET"
           DISPLAY "numeric [" VALUE-9 "]"
           DISPLAY "IDRS_PROBE_VALUE" UPON ENVIRONMENT-NAME
           DISPLAY "by-value" UPON ENVIRONMENT-VALUE
           ACCEPT VALUE-X FROM ENVIRONMENT "IDRS_PROBE_VALUE"
           DISPLAY "upon [" VALUE-X "]"
           CALL "SYSTEM" USING "exit 3"
           DISPLAY "exit 3: " RETURN-CODE
           CALL "SYSTEM" USING "kill -15 $$"
           DISPLAY "signal: " RETURN-CODE
           CALL "SYSTEM" USING "x"
           DISPLAY "one character: " RETURN-CODE
           CALL "SYSTEM" USING "    "
           DISPLAY "spaces: " RETURN-CODE
           MOVE "echo $IDRS_PROBE_SET $IDRS_PROBE_VALUE > child.txt"
             TO COMMAND
           CALL "SYSTEM" USING COMMAND
           DISPLAY "echo: " RETURN-CODE
           OPEN INPUT CHILD-OUT
           READ CHILD-OUT
           DISPLAY "child wrote [" CHILD-REC "]"
           CLOSE CHILD-OUT
           STOP RUN.
