      * A contained program that is not COMMON cannot be CALLed by its
      * sibling (testsuite 'Contained program visibility (2)'): cobc
      * stops with "module 'HIDDEN' not found".
       IDENTIFICATION DIVISION.
       PROGRAM-ID. VISMAIN.
       PROCEDURE DIVISION.
           CALL "FIRST"
           DISPLAY "not here"
           STOP RUN.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. FIRST.
       PROCEDURE DIVISION.
           DISPLAY "first"
           CALL "HIDDEN"
           GOBACK.
       END PROGRAM FIRST.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. HIDDEN.
       PROCEDURE DIVISION.
           DISPLAY "hidden"
           GOBACK.
       END PROGRAM HIDDEN.
       END PROGRAM VISMAIN.
