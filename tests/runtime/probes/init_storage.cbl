       IDENTIFICATION DIVISION.
       PROGRAM-ID. INITSTORAGE.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT F ASSIGN TO "INITOUT" ORGANIZATION SEQUENTIAL.
       DATA DIVISION.
       FILE SECTION.
       FD F.
       01 FREC.
          05 FA PIC X(3).
          05 FN PIC 9(3).
          05 FP PIC S9(3) COMP-3.
       WORKING-STORAGE SECTION.
       01 G.
          05 A PIC X(3).
          05 N PIC 9(3).
          05 S PIC S9(3).
          05 P PIC S9(3) COMP-3.
          05 U PIC 9(3) COMP-3.
          05 B PIC S9(4) COMP.
          05 E PIC ZZ9.99.
          05 FILLER PIC X(2).
          05 T PIC 9 OCCURS 3.
          05 V PIC 9(2) VALUE 7 OCCURS 2.
       01 GX REDEFINES G PIC X(38).
       PROCEDURE DIVISION.
           DISPLAY "[" GX "]"
           DISPLAY "FD [" FREC "]"
           INITIALIZE G
           DISPLAY "[" GX "]"
           MOVE ALL "X" TO G
           INITIALIZE G
           DISPLAY "[" GX "]"
           MOVE ALL "X" TO G
           INITIALIZE G REPLACING NUMERIC BY 5 ALPHANUMERIC BY "Q"
           DISPLAY "[" GX "]"
           STOP RUN.
