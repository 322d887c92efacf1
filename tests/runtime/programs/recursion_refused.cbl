      * A program CALLed back through another one while it is active,
      * and not RECURSIVE: ON EXCEPTION runs, or without it the run
      * stops (libcob: "recursive CALL from ... which is NOT RECURSIVE").
       IDENTIFICATION DIVISION.
       PROGRAM-ID. RECMAIN.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 DEPTH        PIC 9 VALUE 0 GLOBAL.
       PROCEDURE DIVISION.
           CALL "AGAIN"
           DISPLAY "back " DEPTH
           CALL "PLAIN"
           DISPLAY "not here"
           STOP RUN.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. AGAIN IS COMMON.
       PROCEDURE DIVISION.
           ADD 1 TO DEPTH
           CALL "BOUNCE" USING "AGAIN"
           GOBACK.
       END PROGRAM AGAIN.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. PLAIN IS COMMON.
       PROCEDURE DIVISION.
           ADD 1 TO DEPTH
           DISPLAY "plain " DEPTH
           CALL "BOUNCE" USING "PLAIN"
           GOBACK.
       END PROGRAM PLAIN.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. BOUNCE IS COMMON.
       DATA DIVISION.
       LINKAGE SECTION.
       01 TARGET       PIC X(5).
       PROCEDURE DIVISION USING TARGET.
           IF TARGET = "AGAIN"
              CALL TARGET
                  ON EXCEPTION DISPLAY "refused at " DEPTH
              END-CALL
           ELSE
              CALL TARGET
           END-IF
           GOBACK.
       END PROGRAM BOUNCE.
       END PROGRAM RECMAIN.
