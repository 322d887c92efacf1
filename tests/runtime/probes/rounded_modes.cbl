       IDENTIFICATION DIVISION.
       PROGRAM-ID. ROUNDED-MODES.
      * ROUNDED MODE on every arithmetic statement (cobc 3.1.2):
      * each mode on ties and non-ties of both signs, unsigned and
      * edited receivers, PROHIBITED with and without SIZE ERROR.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  V               PIC S9V999.
       01  R               PIC S9.
       01  R2              PIC S9V9.
       01  U               PIC 9.
       01  C3              PIC S9(3) COMP-3.
       01  B4              PIC S9(4) COMP.
       01  E               PIC -9.9.
       01  I               PIC 99.
       01  PR              PIC S9 VALUE 7.
       01  PR3             PIC S9V99 VALUE 7.
       01  PV              PIC S9V9 VALUE 2.
       01  VALS.
           05  FILLER      PIC S9V999 VALUE 2.490.
           05  FILLER      PIC S9V999 VALUE 2.500.
           05  FILLER      PIC S9V999 VALUE 2.510.
           05  FILLER      PIC S9V999 VALUE 3.500.
           05  FILLER      PIC S9V999 VALUE -2.490.
           05  FILLER      PIC S9V999 VALUE -2.500.
           05  FILLER      PIC S9V999 VALUE -2.510.
           05  FILLER      PIC S9V999 VALUE -3.500.
           05  FILLER      PIC S9V999 VALUE 2.000.
       01  VTAB REDEFINES VALS.
           05  VT          PIC S9V999 OCCURS 9.
       PROCEDURE DIVISION.
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 9
               MOVE VT (I) TO V
               DISPLAY V ":" WITH NO ADVANCING
               COMPUTE R ROUNDED MODE AWAY-FROM-ZERO = V
               DISPLAY " AFZ " R WITH NO ADVANCING
               COMPUTE R ROUNDED MODE IS NEAREST-AWAY-FROM-ZERO = V
               DISPLAY " NAFZ " R WITH NO ADVANCING
               COMPUTE R ROUNDED MODE NEAREST-EVEN = V
               DISPLAY " NE " R WITH NO ADVANCING
               COMPUTE R ROUNDED MODE NEAREST-TOWARD-ZERO = V
               DISPLAY " NTZ " R WITH NO ADVANCING
               COMPUTE R ROUNDED MODE TOWARD-GREATER = V
               DISPLAY " TG " R WITH NO ADVANCING
               COMPUTE R ROUNDED MODE TOWARD-LESSER = V
               DISPLAY " TL " R WITH NO ADVANCING
               COMPUTE R ROUNDED MODE TRUNCATION = V
               DISPLAY " TR " R WITH NO ADVANCING
               MOVE 7 TO R
               COMPUTE R ROUNDED MODE PROHIBITED = V
                   ON SIZE ERROR DISPLAY " P-SE " R WITH NO ADVANCING
                   NOT ON SIZE ERROR DISPLAY " P-OK " R
                       WITH NO ADVANCING
               END-COMPUTE
               MOVE 7 TO R
               COMPUTE R ROUNDED MODE PROHIBITED = V
               DISPLAY " P " R WITH NO ADVANCING
               COMPUTE U ROUNDED MODE TOWARD-LESSER = V
               DISPLAY " U " U WITH NO ADVANCING
               COMPUTE R2 ROUNDED MODE NEAREST-EVEN = V
               DISPLAY " R2 " R2 WITH NO ADVANCING
               COMPUTE E ROUNDED MODE TOWARD-GREATER = V
               DISPLAY " E " E
           END-PERFORM
           MOVE 0 TO C3 B4
           ADD 2.5 3.5 TO C3 ROUNDED MODE NEAREST-EVEN
               B4 ROUNDED MODE TOWARD-GREATER
           DISPLAY "ADD " C3 " " B4
           SUBTRACT 0.5 FROM C3 ROUNDED MODE NEAREST-EVEN
               B4 ROUNDED MODE TOWARD-LESSER
           DISPLAY "SUB " C3 " " B4
           MULTIPLY 1.5 BY C3 ROUNDED MODE NEAREST-TOWARD-ZERO
           DISPLAY "MUL " C3
           MULTIPLY 2.5 BY 3 GIVING C3 ROUNDED MODE NEAREST-EVEN
               B4 ROUNDED MODE AWAY-FROM-ZERO
           DISPLAY "MULG " C3 " " B4
           DIVIDE 7 BY 2 GIVING C3 ROUNDED MODE NEAREST-EVEN
               REMAINDER B4
           DISPLAY "DIVR " C3 " " B4
           DIVIDE 2 INTO C3 ROUNDED MODE TOWARD-GREATER
           DISPLAY "DIVI " C3
           DIVIDE -10 BY 4 GIVING C3 ROUNDED MODE NEAREST-EVEN
           DISPLAY "DIVG " C3
           ADD -2.5 TO 0 GIVING C3 ROUNDED MODE PROHIBITED
               ON SIZE ERROR DISPLAY "PSE " C3
           END-ADD
           COMPUTE PR ROUNDED MODE PROHIBITED = 3
               ON SIZE ERROR DISPLAY "A-SE " PR
               NOT ON SIZE ERROR DISPLAY "A-OK " PR
           END-COMPUTE
           COMPUTE PR ROUNDED MODE PROHIBITED = PV
               ON SIZE ERROR DISPLAY "B-SE " PR
               NOT ON SIZE ERROR DISPLAY "B-OK " PR
           END-COMPUTE
           COMPUTE PR ROUNDED MODE PROHIBITED = 2.5
               ON SIZE ERROR DISPLAY "C-SE " PR
               NOT ON SIZE ERROR DISPLAY "C-OK " PR
           END-COMPUTE
           COMPUTE PR = 4
               ON SIZE ERROR DISPLAY "D-SE " PR
               NOT ON SIZE ERROR DISPLAY "D-OK " PR
           END-COMPUTE
           COMPUTE PR3 ROUNDED MODE PROHIBITED = PV
               ON SIZE ERROR DISPLAY "E-SE " PR3
               NOT ON SIZE ERROR DISPLAY "E-OK " PR3
           END-COMPUTE
           COMPUTE PR ROUNDED MODE PROHIBITED = 12.5
               ON SIZE ERROR DISPLAY "F-SE " PR
               NOT ON SIZE ERROR DISPLAY "F-OK " PR
           END-COMPUTE
           COMPUTE PR ROUNDED MODE PROHIBITED = 0.5
           DISPLAY "G " PR
           COMPUTE PR ROUNDED MODE NEAREST-EVEN = 15.5
               ON SIZE ERROR DISPLAY "H-SE " PR
           END-COMPUTE
           COMPUTE PR ROUNDED MODE NEAREST-EVEN = 9.5
               ON SIZE ERROR DISPLAY "I-SE " PR
           END-COMPUTE
           COMPUTE PR ROUNDED MODE TOWARD-GREATER = 9.1
               ON SIZE ERROR DISPLAY "J-SE " PR
           END-COMPUTE
           COMPUTE PR ROUNDED MODE TRUNCATION = 9.9
               ON SIZE ERROR DISPLAY "K-SE " PR
               NOT ON SIZE ERROR DISPLAY "K-OK " PR
           END-COMPUTE
           COMPUTE PR ROUNDED MODE TOWARD-LESSER = -9.1
               ON SIZE ERROR DISPLAY "L-SE " PR
           END-COMPUTE
           STOP RUN.
