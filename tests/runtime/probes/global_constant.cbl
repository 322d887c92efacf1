      * GLOBAL constants (78 ... GLOBAL VALUE, 01 ... CONSTANT GLOBAL)
      * seen by contained programs at any depth, a constant naming a
      * file in ASSIGN, and an
      * ASSIGN word that names nothing: cobc defines it as an item
      * PIC X(4095) holding the word, which the program may change.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. GCMAIN.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT OUT-FILE ASSIGN OUT-NAME
               ORGANIZATION LINE SEQUENTIAL.
           SELECT IN-FILE ASSIGN In-Word
               ORGANIZATION LINE SEQUENTIAL.
       DATA DIVISION.
       FILE SECTION.
       FD OUT-FILE.
       01 OUT-REC      PIC X(8).
       FD IN-FILE.
       01 IN-REC       PIC X(8).
       WORKING-STORAGE SECTION.
       78 LOCAL-ONLY   VALUE "mine".
       78 OUT-NAME     GLOBAL VALUE "gcout.txt".
       01 G-TEXT       CONSTANT GLOBAL AS "outer".
       78 G-NUM        IS GLOBAL VALUE 42.
       PROCEDURE DIVISION.
           DISPLAY "main " G-TEXT " " G-NUM " " LOCAL-ONLY
           DISPLAY "[" FUNCTION TRIM (In-Word) "] "
                   FUNCTION LENGTH (In-Word)
           OPEN OUTPUT OUT-FILE
           MOVE "written" TO OUT-REC
           WRITE OUT-REC
           CLOSE OUT-FILE
           MOVE "gcout.txt" TO In-Word
           OPEN INPUT IN-FILE
           READ IN-FILE
           DISPLAY "read back " IN-REC
           CLOSE IN-FILE
           CALL "GCINNER"
           STOP RUN.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. GCINNER.
       PROCEDURE DIVISION.
           DISPLAY "inner " G-TEXT " " G-NUM " " OUT-NAME
           CALL "GCDEEP"
           GOBACK.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. GCDEEP.
       PROCEDURE DIVISION.
           DISPLAY "deep " G-TEXT " " OUT-NAME
           GOBACK.
       END PROGRAM GCDEEP.
       END PROGRAM GCINNER.
       END PROGRAM GCMAIN.
