       IDENTIFICATION DIVISION.
       PROGRAM-ID. SPEEDPRO.
      * ITEMS THE ENGINE KEEPS AS PYTHON INTS: A GROUP OF COUNTERS
      * THAT IS ONLY INITIALIZED, STORES OF SIGNED VALUES WITHIN AND
      * PAST THEIR DIGITS, AND MOVES OF THEM INTO DISPLAY AND COMP-3
      * ITEMS OF A RECORD (POSITIVE, NEGATIVE, ZERO, NEGATIVE ZERO).
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 WS-COUNTERS.
          05 C-READ     PIC 9(10) COMP-3 VALUE 5.
          05 C-MONEY    PIC S9(7)V99 COMP-3 VALUE -12.5.
          05 C-DISP     PIC S9(4) VALUE 77.
          05 C-UNS      PIC 9(3) VALUE 999.
          05 C-TEXT     PIC X(3) VALUE "ABC".
          05 C-SCALED   PIC 9(3)V9 VALUE 1.5.
       01 WS-OTHER.
          05 O-ONE      PIC 9(4) COMP-3 VALUE 1234.
          05 O-TWO      PIC S9(3) VALUE -5.
       01 V-SIGNED      PIC S9(5)V99 VALUE 0.
       01 V-SMALL       PIC S9(2) VALUE 0.
       01 V-UNS         PIC 9(5) VALUE 0.
       01 WS-REC.
          05 R-PACKED   PIC S9(7)V99 COMP-3.
          05 R-UPACKED  PIC 9(7)V999 COMP-3.
          05 R-DISP     PIC 9(7)V99.
          05 R-SDISP    PIC S9(7)V99.
       01 I             PIC 9.
       PROCEDURE DIVISION.
           DISPLAY C-READ " " C-MONEY " " C-DISP " " C-UNS " " C-TEXT
               " " C-SCALED
           INITIALIZE WS-COUNTERS
           DISPLAY C-READ " " C-MONEY " " C-DISP " " C-UNS " " C-TEXT
               " " C-SCALED
           ADD 1 TO C-READ
           ADD 3.25 TO C-MONEY
           SUBTRACT 10 FROM C-DISP
           ADD 1001 TO C-UNS
           ADD 0.15 TO C-SCALED
           DISPLAY C-READ " " C-MONEY " " C-DISP " " C-UNS " " C-TEXT
               " " C-SCALED
           INITIALIZE WS-OTHER REPLACING NUMERIC BY 42
           DISPLAY O-ONE " " O-TWO
           ADD 1 TO O-ONE
           SUBTRACT 50 FROM O-TWO
           DISPLAY O-ONE " " O-TWO
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 6
               EVALUATE I
                   WHEN 1 COMPUTE V-SIGNED = 123.45
                   WHEN 2 COMPUTE V-SIGNED = -123.45
                   WHEN 3 COMPUTE V-SIGNED = 0
                   WHEN 4 COMPUTE V-SIGNED = -0.001
                   WHEN 5 COMPUTE V-SIGNED = 99999.99 + 1
                   WHEN 6 COMPUTE V-SIGNED = -100000.01
               END-EVALUATE
               MOVE V-SIGNED TO R-PACKED R-UPACKED R-DISP R-SDISP
               DISPLAY I " " V-SIGNED " " R-PACKED " " R-UPACKED " "
                   R-DISP " " R-SDISP
               MOVE V-SIGNED TO R-PACKED
               MOVE V-SIGNED TO R-UPACKED
               MOVE V-SIGNED TO R-DISP
               MOVE V-SIGNED TO R-SDISP
               DISPLAY I " " R-PACKED " " R-UPACKED " " R-DISP " "
                   R-SDISP
               COMPUTE V-SMALL = I * 30 - 100
               COMPUTE V-UNS = I * 30 - 100
               DISPLAY V-SMALL " " V-UNS
           END-PERFORM
           COMPUTE V-SMALL = -100
           DISPLAY V-SMALL
           MOVE V-SMALL TO R-PACKED
           DISPLAY R-PACKED
           STOP RUN.
