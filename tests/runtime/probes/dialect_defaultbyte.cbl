      * cobc -fdefaultbyte=A: WORKING-STORAGE without VALUE starts as
      * that byte (digits or not); VALUE clauses and the INITIALIZE
      * statement are as without the option.
       IDENTIFICATION   DIVISION.
       PROGRAM-ID.      DEFBYTE.
       DATA             DIVISION.
       WORKING-STORAGE  SECTION.
       01  MYFLD        PIC X(6).
       01  NUM          PIC 9(3).
       01  GRP.
           05 G-A       PIC X(2).
           05 G-B       PIC 9(2) VALUE 12.
           05 G-C       PIC S9(3) COMP-3.
       77  CNT          PIC 9(4) COMP.
       PROCEDURE        DIVISION.
           DISPLAY MYFLD "|" NUM "|" GRP(1:4) "|" G-B
           ADD 1 TO CNT
           DISPLAY CNT
           INITIALIZE GRP
           DISPLAY G-A "|" G-B "|" G-C
           STOP RUN.
