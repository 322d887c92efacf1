      * Intrinsic functions that were refused (issue 12): CONCAT,
      * SUBSTITUTE-CASE, MODULE-ID, LENGTH-AN, HIGHEST-/LOWEST-
      * ALGEBRAIC, COMBINED-DATETIME, NUMVAL-F, TEST-NUMVAL-C/-F,
      * STORED-CHAR-LENGTH, FRACTION-PART.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. fnRefused.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 A PIC X(5) VALUE "AB".
       01 N PIC S9(3)V9.
       01 U PIC 9(4)V99.
       01 C PIC S9(4) COMP.
       01 C5 PIC S9(4) COMP-5.
       01 P PIC 9(5) COMP-3.
       01 ED PIC -ZZ9.99.
       01 X PIC X(20).
       PROCEDURE DIVISION.
           DISPLAY FUNCTION CONCAT ("AB" A "CD") "|".
           DISPLAY FUNCTION SUBSTITUTE-CASE ("ABCabc" "b" "z") " "
               FUNCTION SUBSTITUTE-CASE ("aXbxc" "X" "--" "C" "k").
           DISPLAY "[" FUNCTION MODULE-ID "]".
           DISPLAY FUNCTION LENGTH-AN (A) " "
               FUNCTION LENGTH-AN ("ABC").
           DISPLAY FUNCTION HIGHEST-ALGEBRAIC (N) " "
               FUNCTION LOWEST-ALGEBRAIC (N) " "
               FUNCTION HIGHEST-ALGEBRAIC (U) " "
               FUNCTION LOWEST-ALGEBRAIC (U).
           DISPLAY FUNCTION HIGHEST-ALGEBRAIC (C) " "
               FUNCTION LOWEST-ALGEBRAIC (C) " "
               FUNCTION HIGHEST-ALGEBRAIC (C5) " "
               FUNCTION LOWEST-ALGEBRAIC (C5).
           DISPLAY FUNCTION HIGHEST-ALGEBRAIC (P) " "
               FUNCTION HIGHEST-ALGEBRAIC (ED) " "
               FUNCTION LOWEST-ALGEBRAIC (ED).
           DISPLAY FUNCTION COMBINED-DATETIME (150000 3600) " "
               FUNCTION COMBINED-DATETIME (1 0.5) " "
               FUNCTION COMBINED-DATETIME (0 5).
           DISPLAY FUNCTION NUMVAL-F ("1.5E+2") " "
               FUNCTION NUMVAL-F (" -2.5E-3 ") " "
               FUNCTION NUMVAL-F ("12") " " FUNCTION NUMVAL-F ("1E5").
           DISPLAY FUNCTION TEST-NUMVAL-F ("1E5") " "
               FUNCTION TEST-NUMVAL-F ("1.5E+02") " "
               FUNCTION TEST-NUMVAL-F ("x").
           DISPLAY FUNCTION TEST-NUMVAL-C ("$12") " "
               FUNCTION TEST-NUMVAL-C ("$1,234.50 CR") " "
               FUNCTION TEST-NUMVAL-C ("12$") " "
               FUNCTION TEST-NUMVAL (" 12 -") " "
               FUNCTION TEST-NUMVAL ("1 2").
           DISPLAY FUNCTION STORED-CHAR-LENGTH (A) " "
               FUNCTION FRACTION-PART (3.75) " "
               FUNCTION FRACTION-PART (-0.5).
           MOVE FUNCTION CONCAT (A "x") TO X. DISPLAY "[" X "]".
           COMPUTE N = FUNCTION NUMVAL-F ("1.25E+1") * 2. DISPLAY N.
           STOP RUN.
