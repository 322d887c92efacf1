       IDENTIFICATION DIVISION.
       PROGRAM-ID. MOVENEGZERO.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 S3 PIC S9(3).
       01 S5 PIC S9(5).
       01 S5X REDEFINES S5 PIC X(5).
       01 P5 PIC S9(5) COMP-3.
       01 P5X REDEFINES P5 PIC X(3).
       01 E5 PIC -ZZZ9.
       01 E6 PIC +++++9.
       PROCEDURE DIVISION.
           COMPUTE S3 = -1000
           MOVE S3 TO S5 DISPLAY "[" S5X "][" S5 "]"
           MOVE S3 TO P5 DISPLAY "[" P5X "][" P5 "]"
           MOVE S3 TO E5 DISPLAY "[" E5 "]"
           MOVE S3 TO E6 DISPLAY "[" E6 "]"
           COMPUTE P5 = -100000 DISPLAY "[" P5X "][" P5 "]"
           MOVE P5 TO S5 DISPLAY "[" S5X "][" S5 "]"
           MOVE -0 TO S5 DISPLAY "[" S5X "][" S5 "]"
           STOP RUN.
