      * DISPLAY and MOVE of a numeric function's result field (issue
      * 12): libcob's binary 9/20-digit fields, DISPLAY fields of the
      * 96-digit math results, copies of the argument's own field.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. FNFIELDS.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 N PIC S9(3)V9 VALUE -12.5.
       01 P PIC S9(5)V99 COMP-3 VALUE -3.25.
       01 B PIC 9(4) COMP VALUE 42.
       01 X PIC X(12).
       01 R PIC S9(5)V9(4).
       01 E PIC -(5)9.99.
       PROCEDURE DIVISION.
           DISPLAY FUNCTION ABS (-3.5) " " FUNCTION ABS (N)
               " " FUNCTION ABS (P) " " FUNCTION ABS (B).
           DISPLAY FUNCTION MAX (3 9 2) " " FUNCTION MIN (3 -9 2)
               " " FUNCTION MAX (N P) " " FUNCTION MIN (1.50 2).
           DISPLAY FUNCTION SUM (3 9 2) " " FUNCTION SUM (1.5 2.5)
               " " FUNCTION SUM (N 1) " " FUNCTION SUM (0).
           DISPLAY FUNCTION SUM (4000000000) " "
               FUNCTION SUM (2147483648 -1) " "
               FUNCTION SUM (-4000000000).
           DISPLAY FUNCTION SUM (123456789012345678901).
           DISPLAY FUNCTION SUM (0.0000000001 1).
           DISPLAY FUNCTION MEAN (3 9 2) " " FUNCTION MEAN (7)
               " " FUNCTION MEAN (N P).
           DISPLAY FUNCTION MEDIAN (3 9 2) " " FUNCTION MEDIAN (3 9)
               " " FUNCTION MIDRANGE (3 9 2) " " FUNCTION RANGE (N P).
           DISPLAY FUNCTION VARIANCE (3 9 2).
           DISPLAY FUNCTION VARIANCE (1.5 2) " "
               FUNCTION VARIANCE (4).
           DISPLAY FUNCTION STANDARD-DEVIATION (3 9 2).
           DISPLAY FUNCTION PRESENT-VALUE (0.1 100 200).
           DISPLAY FUNCTION ANNUITY (0.1 3) " "
               FUNCTION ANNUITY (0 4).
           DISPLAY FUNCTION INTEGER (-3.5) " "
               FUNCTION INTEGER-PART (-3.5) " "
               FUNCTION FRACTION-PART (-3.75) " "
               FUNCTION FRACTION-PART (N).
           DISPLAY FUNCTION MOD (-11 5) " " FUNCTION REM (-11 5) " "
               FUNCTION MOD (11.5 -2) " " FUNCTION REM (11.5 2).
           DISPLAY FUNCTION SIGN (-4) " " FUNCTION SIGN (0) " "
               FUNCTION SIGN (N) " " FUNCTION FACTORIAL (5).
           DISPLAY FUNCTION FACTORIAL (25).
           DISPLAY FUNCTION EXP10 (2) " " FUNCTION EXP10 (-2) " "
               FUNCTION EXP (0) " " FUNCTION LOG10 (1000).
           DISPLAY FUNCTION SQRT (16) " " FUNCTION SQRT (0.25) " "
               FUNCTION LOG (1) " " FUNCTION ACOS (1).
           DISPLAY FUNCTION SQRT (2).
           DISPLAY FUNCTION EXP (2).
           DISPLAY FUNCTION EXP10 (2.5).
           DISPLAY FUNCTION LOG (10).
           DISPLAY FUNCTION LOG10 (2).
           DISPLAY FUNCTION SIN (1).
           DISPLAY FUNCTION COS (1).
           DISPLAY FUNCTION TAN (1).
           DISPLAY FUNCTION ASIN (0.5).
           DISPLAY FUNCTION ACOS (0.5).
           DISPLAY FUNCTION ATAN (1).
           DISPLAY FUNCTION ATAN (-20).
           DISPLAY FUNCTION PI.
           DISPLAY FUNCTION E.
           DISPLAY FUNCTION EXP (100).
           DISPLAY FUNCTION SIN (0.001).
           DISPLAY FUNCTION NUMVAL (" -12.5 ") " "
               FUNCTION NUMVAL ("12.5 CR") " "
               FUNCTION NUMVAL ("1x") " " FUNCTION NUMVAL ("42").
           DISPLAY FUNCTION NUMVAL-C (" $1,234.50CR") " "
               FUNCTION NUMVAL-C ("-$5").
           DISPLAY FUNCTION INTEGER-OF-DATE (20200229) " "
               FUNCTION DATE-OF-INTEGER (150000) " "
               FUNCTION DAY-OF-INTEGER (150000) " "
               FUNCTION INTEGER-OF-DAY (2020060).
           DISPLAY FUNCTION DATE-OF-INTEGER (0) " "
               FUNCTION YEAR-TO-YYYY (50 50 2000) " "
               FUNCTION DATE-TO-YYYYMMDD (991231 50 2000).
           DISPLAY FUNCTION ORD ("A") " " FUNCTION ORD-MAX (3 9 2)
               " " FUNCTION LENGTH (FUNCTION SUM (3))
               " " FUNCTION LENGTH (FUNCTION SQRT (2))
               " " FUNCTION LENGTH (FUNCTION CURRENT-DATE)
               " " FUNCTION BYTE-LENGTH (X).
           MOVE FUNCTION SUM (3 9 2) TO X. DISPLAY "[" X "]".
           MOVE FUNCTION NUMVAL ("-12.5") TO X. DISPLAY "[" X "]".
           MOVE FUNCTION ABS (N) TO X. DISPLAY "[" X "]".
           MOVE FUNCTION SQRT (2) TO X. DISPLAY "[" X "]".
           MOVE FUNCTION SUM (3 9 2) TO R. DISPLAY R.
           MOVE FUNCTION SQRT (2) TO R. DISPLAY R.
           MOVE FUNCTION MEAN (N 1) TO E. DISPLAY "[" E "]".
           MOVE FUNCTION SUM (4000000000) TO R. DISPLAY R.
           COMPUTE R = FUNCTION SUM (3 9 2) / 7. DISPLAY R.
           COMPUTE R = 10 / FUNCTION SQRT (2). DISPLAY R.
           IF FUNCTION SQRT (16) = 4 AND FUNCTION ABS (N) > 12
               DISPLAY "compare ok"
           END-IF.
           STOP RUN.
