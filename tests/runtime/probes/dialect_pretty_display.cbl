      * cobc -fno-pretty-display: DISPLAY of a number without its
      * point, the sign separate (leading unless trailing DISPLAY),
      * binary items with the digits of their bytes (libcob termio.c).
       IDENTIFICATION  DIVISION.
       PROGRAM-ID.     PLAINDISP.
       DATA            DIVISION.
       WORKING-STORAGE SECTION.
       01  A  PIC S9(7)V99 COMP-3 VALUE -680.94.
       01  B  PIC S9(3) VALUE -5.
       01  C  PIC S9(3) SIGN LEADING VALUE -5.
       01  D  PIC S9(3) SIGN TRAILING SEPARATE VALUE 12.
       01  E  PIC 9(3)V9 VALUE 12.5.
       01  F  PIC 9(4) COMP VALUE 30.
       01  G  PIC S9(4)V9 COMP VALUE -3.5.
       01  H  PIC S9(9) COMP VALUE 123.
       01  I  PIC 9(2) COMP-5 VALUE 7.
       01  J  PIC S9(3)V99 COMP-5 VALUE -1.25.
       01  K  PIC 9(5) COMP-3 VALUE 42.
       01  L  PIC S9(18) COMP VALUE -1.
       01  M  PIC 9(3) COMP-X VALUE 300.
       PROCEDURE       DIVISION.
           DISPLAY A "|" B "|" C "|" D "|" E
           DISPLAY F "|" G "|" H "|" I "|" J "|" K
           DISPLAY L "|" M
           GOBACK.
