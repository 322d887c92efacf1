      * REPOSITORY program prototypes: CALL / CANCEL proto-name (no
      * quotes) reaches the program, also through PROGRAM-ID ... AS
      * "literal".
       IDENTIFICATION DIVISION.
       PROGRAM-ID. PROTOMAIN.
       ENVIRONMENT DIVISION.
       CONFIGURATION SECTION.
       REPOSITORY.
           PROGRAM COUNTDOWN
           PROGRAM GREETER AS "greet?x"
           PROGRAM TALLIER.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 N            PIC 9 VALUE 3.
       PROCEDURE DIVISION.
           CALL GREETER
           CALL COUNTDOWN USING N
           DISPLAY " N=" N
           CALL TALLIER
           CALL TALLIER
           CANCEL TALLIER
           CALL TALLIER
           STOP RUN.
       END PROGRAM PROTOMAIN.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. HELLO AS "greet?x".
       PROCEDURE DIVISION.
           DISPLAY "hello".
       END PROGRAM HELLO.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. COUNTDOWN IS RECURSIVE.
       DATA DIVISION.
       LINKAGE SECTION.
       01 L-N          PIC 9.
       PROCEDURE DIVISION USING L-N.
           DISPLAY L-N NO ADVANCING
           IF L-N > 0
              SUBTRACT 1 FROM L-N
              CALL "COUNTDOWN" USING L-N
           END-IF.
       END PROGRAM COUNTDOWN.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. TALLIER.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 T            PIC 9 VALUE 1.
       PROCEDURE DIVISION.
           DISPLAY "tally " T
           ADD 1 TO T.
       END PROGRAM TALLIER.
