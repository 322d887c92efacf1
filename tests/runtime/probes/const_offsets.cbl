       IDENTIFICATION DIVISION.
       PROGRAM-ID. CONSTOFF.
      * 78 name VALUE NEXT / START OF item (LINKAGE SECTION only).
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  W         PIC 9 VALUE 0.
       LINKAGE SECTION.
       01  REC.
          05  F1      PIC 9(2).
             78  P1       VALUE NEXT.
          05  GRP     OCCURS 3 TIMES.
             10  G1   PIC X(3).
             10  G2   PIC S9(4)V99.
          05  F3      PIC X(4).
             78  P3       VALUE NEXT.
          05  F4      PIC A(2).
          05  F5      PIC X(3) OCCURS 4.
             78  P5       VALUE NEXT.
          05  F6      PIC X.
       78  S3         VALUE START OF F3.
       78  S4         VALUE START OF F4.
       01  OREC.
          05  O1      PIC X.
          05  O2      PIC X.
       78  SO2        VALUE START OF O2.
       PROCEDURE DIVISION.
           DISPLAY "P1 " P1 " P3 " P3 " P5 " P5
           DISPLAY "S3 " S3 " S4 " S4 " SO2 " SO2
           STOP RUN.
