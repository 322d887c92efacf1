       IDENTIFICATION  DIVISION.
       PROGRAM-ID.     ROUNDED-DEFAULT.
       OPTIONS.
           ARITHMETIC IS STANDARD
           DEFAULT ROUNDED MODE IS TOWARD-GREATER
           INTERMEDIATE ROUNDING IS TRUNCATION.
       DATA            DIVISION.
       WORKING-STORAGE SECTION.
       01  x           PIC 9.
       01  y           PIC 9V9.
       PROCEDURE       DIVISION.
           COMPUTE x ROUNDED = 1.1
           DISPLAY x
           COMPUTE x = 1.9
           DISPLAY x
           COMPUTE y ROUNDED = 10 / 3
           DISPLAY y
           COMPUTE y = 10 / 3 * 3
           DISPLAY y
           COMPUTE x ROUNDED MODE NEAREST-EVEN = 2.5
           DISPLAY x
           ADD 0.01 TO y ROUNDED
           DISPLAY y
           .
