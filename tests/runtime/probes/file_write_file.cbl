      * WRITE FILE f FROM x and REWRITE FILE f FROM x write through
      * the file's first record description (cobc typeck.c
      * cb_emit_write: f->record->sister), here of a RELATIVE file.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. WRITEFIL.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT WF ASSIGN TO "PROBEWF"
               ORGANIZATION IS RELATIVE
               ACCESS MODE IS RANDOM
               RELATIVE KEY IS WS-KEY
               FILE STATUS IS WS-FS.
       DATA DIVISION.
       FILE SECTION.
       FD WF.
       01 WF-REC.
          05 WF-A PIC X(2).
          05 WF-B PIC X(2).
       WORKING-STORAGE SECTION.
       01 WS-FS PIC XX.
       01 WS-KEY PIC 9.
       01 WS-SRC PIC X(4) VALUE "ABCD".
       01 WS-NEW PIC X(4) VALUE "xy".
       PROCEDURE DIVISION.
           OPEN OUTPUT WF.
           MOVE 1 TO WS-KEY.
           WRITE FILE WF FROM WS-SRC.
           DISPLAY "write " WS-FS " " WF-REC.
           CLOSE WF.
           OPEN I-O WF.
           MOVE 1 TO WS-KEY.
           READ WF.
           DISPLAY "read " WS-FS " " WF-REC.
           REWRITE FILE WF FROM WS-NEW.
           DISPLAY "rewrite " WS-FS " " WF-REC.
           READ WF.
           DISPLAY "read " WS-FS " " WF-REC.
           CLOSE WF.
           DELETE FILE WF.
           STOP RUN.
