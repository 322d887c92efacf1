       IDENTIFICATION DIVISION.
       PROGRAM-ID. MOVELIT.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 S3 PIC S9(3).
       01 S3X REDEFINES S3 PIC X(3).
       01 N3V2 PIC 9(3)V99.
       01 X5 PIC X(5).
       01 E1 PIC ZZ9.99.
       01 E2 PIC $$$,$$9.99-.
       01 AE PIC XXBXX/00.
       01 G1.
          05 G1A PIC X(2).
          05 G1B PIC 9(3).
       PROCEDURE DIVISION.
           MOVE -1000 TO S3 DISPLAY "[" S3X "]"
           MOVE -1000.5 TO S3 DISPLAY "[" S3X "]"
           MOVE -12.5 TO S3 DISPLAY "[" S3X "]"
           MOVE 1234.567 TO N3V2 DISPLAY "[" N3V2 "]"
           MOVE -12 TO X5 DISPLAY "[" X5 "]"
           MOVE +12 TO X5 DISPLAY "[" X5 "]"
           MOVE 007 TO X5 DISPLAY "[" X5 "]"
           MOVE ZERO TO E1 DISPLAY "[" E1 "]"
           MOVE ZERO TO E2 DISPLAY "[" E2 "]"
           MOVE ALL "7" TO N3V2 DISPLAY "[" N3V2 "]"
           MOVE ALL "12" TO N3V2 DISPLAY "[" N3V2 "]"
           MOVE ALL "*" TO E1 DISPLAY "[" E1 "]"
           MOVE "ABCD" TO AE DISPLAY "[" AE "]"
           MOVE ZERO TO G1 DISPLAY "[" G1 "]"
           MOVE SPACES TO G1 DISPLAY "[" G1 "]"
           MOVE 12 TO G1 DISPLAY "[" G1 "]"
           MOVE HIGH-VALUE TO G1B DISPLAY "[" G1B "]"
           MOVE LOW-VALUE TO X5 DISPLAY "[" X5 "]"
           DISPLAY ZERO SPACE "|" QUOTE "|" ALL "AB"
           DISPLAY -0.50 " " +3 " " 007 " " .5
           STOP RUN.
