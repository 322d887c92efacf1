      * FUNCTION MODULE-CALLER-ID: empty in the main program, the
      * caller's PROGRAM-ID (as written) in a called one, back to
      * the right caller after nested CALLs return.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. fnCaller.
       PROCEDURE DIVISION.
           DISPLAY "[" FUNCTION MODULE-CALLER-ID "]".
           DISPLAY FUNCTION LENGTH (FUNCTION MODULE-CALLER-ID).
           CALL "inner".
           CALL "Second".
           STOP RUN.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. inner.
       PROCEDURE DIVISION.
           DISPLAY "inner [" FUNCTION MODULE-CALLER-ID "]".
           CALL "Second".
           DISPLAY "inner [" FUNCTION MODULE-CALLER-ID "] again".
           EXIT PROGRAM.
       END PROGRAM inner.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. Second COMMON.
       PROCEDURE DIVISION.
           DISPLAY "Second [" FUNCTION MODULE-CALLER-ID "] "
               FUNCTION MODULE-ID.
           EXIT PROGRAM.
       END PROGRAM Second.
       END PROGRAM fnCaller.
