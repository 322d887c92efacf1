       IDENTIFICATION DIVISION.
       PROGRAM-ID. ARITHBASICS.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 S3 PIC S9(3).
       01 S3X REDEFINES S3 PIC X(3).
       01 N3 PIC 9(3).
       01 N3X REDEFINES N3 PIC X(3).
       01 N5 PIC 9(5).
       01 P3 PIC S9(3) COMP-3.
       01 P3X REDEFINES P3 PIC X(2).
       01 B2 PIC 9(2) COMP.
       01 B2S PIC S9(2) COMP.
       01 C5 PIC 9(2) COMP-5.
       01 U3 PIC 9(3) COMP-3.
       01 Q PIC S9(5)V99.
       01 R PIC S9(5)V99.
       01 T PIC 9V9(8).
       PROCEDURE DIVISION.
           MOVE -1000 TO S3 DISPLAY "[" S3 "][" S3X "]"
           COMPUTE S3 = -1000 DISPLAY "[" S3 "][" S3X "]"
           MOVE "1A3" TO N3X ADD 0 TO N3 DISPLAY "[" N3 "]"
           MOVE "1A3" TO N3X MOVE N3 TO N5 DISPLAY "[" N5 "]"
           MOVE "1 3" TO N3X MOVE N3 TO N5 DISPLAY "[" N5 "]"
           MOVE "  3" TO N3X COMPUTE N5 = N3 + 1 DISPLAY "[" N5 "]"
           MOVE "12r" TO S3X COMPUTE N5 = S3 * 1 DISPLAY "[" N5 "]"
           MOVE "12r" TO S3X DISPLAY "[" S3 "]"
           MOVE "12}" TO S3X DISPLAY "[" S3 "]"
           MOVE "12}" TO S3X COMPUTE Q = S3 DISPLAY "[" Q "]"
           MOVE 300 TO B2 DISPLAY "[" B2 "]"
           MOVE 123 TO C5 DISPLAY "[" C5 "]"
           MOVE -5 TO B2S DISPLAY "[" B2S "]"
           MOVE -5 TO U3 DISPLAY "[" U3 "]"
           COMPUTE Q = 100 / 3 * 3 DISPLAY "[" Q "]"
           COMPUTE Q ROUNDED = 100 / 3 * 3 DISPLAY "[" Q "]"
           COMPUTE Q ROUNDED = -2.675 DISPLAY "[" Q "]"
           COMPUTE Q = 2 / 3 + 2 / 3 DISPLAY "[" Q "]"
           COMPUTE T = 0.08 / 360 DISPLAY "[" T "]"
           DIVIDE 17 BY 5 GIVING Q REMAINDER R DISPLAY "[" Q "][" R "]"
           DIVIDE -17 BY 5 GIVING Q REMAINDER R DISPLAY "[" Q "][" R "]"
           DIVIDE 17.5 BY 4 GIVING Q ROUNDED REMAINDER R
           DISPLAY "[" Q "][" R "]"
           DIVIDE 10 BY 0 GIVING Q
           DISPLAY "[" Q "]"
           DIVIDE 10 BY 0 GIVING Q ON SIZE ERROR DISPLAY "SZ"
             NOT ON SIZE ERROR DISPLAY "NSZ" END-DIVIDE
           COMPUTE S3 = 999 + 1 ON SIZE ERROR DISPLAY "SZ2" END-COMPUTE
           DISPLAY "[" S3 "]"
           COMPUTE S3 = 2 ** 3 DISPLAY "[" S3 "]"
           COMPUTE Q = 2 ** -1 DISPLAY "[" Q "]"
           COMPUTE Q = 1.5 ** 2 DISPLAY "[" Q "]"
           MOVE 0 TO Q COMPUTE Q = - Q DISPLAY "[" Q "]"
           COMPUTE Q = 0 - 0.001 DISPLAY "[" Q "]"
           COMPUTE Q ROUNDED = 0 - 0.001 DISPLAY "[" Q "]"
           STOP RUN.
