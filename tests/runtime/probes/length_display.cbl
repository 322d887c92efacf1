       IDENTIFICATION DIVISION.
       PROGRAM-ID. LENGTH-DISPLAY.
      * DISPLAY of LENGTH OF (an integer literal to cobc 3.1.2) and of
      * FUNCTION LENGTH: static as an integer, run-time 9 digits;
      * FUNCTION TRIM of spaces is empty.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  G.
           05 A PIC X(5).
           05 T PIC 99 OCCURS 3.
       01  B PIC X(12).
       77  C PIC 9(4) COMP.
       01  X  PIC X(5) VALUE " ab  ".
       01  S  PIC X(3) VALUE SPACES.
       01  N  PIC 99.
       PROCEDURE DIVISION.
           DISPLAY LENGTH OF G
           DISPLAY LENGTH OF A
           DISPLAY LENGTH OF T (2)
           DISPLAY LENGTH OF B
           DISPLAY LENGTH OF C
           DISPLAY "<" LENGTH OF B ">"
           DISPLAY FUNCTION LENGTH (B)
           DISPLAY FUNCTION LENGTH (FUNCTION TRIM (X))
           COMPUTE N = FUNCTION LENGTH (FUNCTION TRIM (X))
           DISPLAY N
           DISPLAY ">" FUNCTION TRIM (S) "<"
           DISPLAY FUNCTION LENGTH (FUNCTION TRIM (S))
           STOP RUN.
