      * SET ... TO ENTRY and CALL of a PROGRAM-POINTER: a program and an
      * ENTRY of it reached through their addresses (runtime/callbacks.py).
       IDENTIFICATION DIVISION.
       PROGRAM-ID. prog.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 P1 USAGE PROGRAM-POINTER.
       01 P2 USAGE PROGRAM-POINTER.
       01 ARG PIC X(5) VALUE "HELLO".
       PROCEDURE DIVISION.
           SET P1 TO ENTRY "sub"
           SET P2 TO ENTRY "second"
           IF P1 = NULL OR P2 = NULL OR P1 = P2
               DISPLAY "BAD POINTERS"
           END-IF
           CALL P1 USING ARG
           DISPLAY "AFTER P1 " ARG " " RETURN-CODE
           CALL P2 USING ARG
           DISPLAY "AFTER P2 " ARG " " RETURN-CODE
           MOVE 0 TO RETURN-CODE
           STOP RUN.
       END PROGRAM prog.

       IDENTIFICATION DIVISION.
       PROGRAM-ID. sub.
       DATA DIVISION.
       LINKAGE SECTION.
       01 X PIC X(5).
       PROCEDURE DIVISION USING X.
           DISPLAY "SUB " X
           MOVE "WORLD" TO X
           MOVE 5 TO RETURN-CODE
           GOBACK.
       ENTRY "second" USING X.
           DISPLAY "SECOND " X
           MOVE 6 TO RETURN-CODE
           GOBACK.
       END PROGRAM sub.
