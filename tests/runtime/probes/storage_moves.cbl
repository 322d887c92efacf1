       IDENTIFICATION DIVISION.
       PROGRAM-ID. STORAGE.
      * GROUP MOVES, REDEFINES, TABLES, REFERENCE MODIFICATION,
      * INITIALIZE, RETURN-CODE.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 REC.
          05 R-KEY PIC 9(4).
          05 R-AMT PIC S9(5)V99 COMP-3.
          05 R-NAME PIC X(6).
          05 R-TAB OCCURS 3 TIMES.
             10 R-CODE PIC X(2).
             10 R-NUM PIC 9(3).
       01 REC-X REDEFINES REC PIC X(29).
       01 COPY-REC PIC X(35).
       01 DATES.
          05 D-YMD PIC 9(8) VALUE 20240412.
          05 D-PARTS REDEFINES D-YMD.
             10 D-Y PIC 9(4).
             10 D-M PIC 99.
             10 D-D PIC 99.
       01 I PIC 9.
       01 L PIC 9.
       01 TXT PIC X(10) VALUE "ABCDEFGHIJ".
       PROCEDURE DIVISION.
           INITIALIZE REC
           MOVE 1234 TO R-KEY
           MOVE -12.5 TO R-AMT
           MOVE "NAME" TO R-NAME
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 3
               MOVE "C" TO R-CODE (I) (2:1)
               MOVE I TO R-NUM (I)
           END-PERFORM
           MOVE REC TO COPY-REC
           DISPLAY "[" COPY-REC "]"
           DISPLAY "[" REC-X (1:4) "][" R-NAME (2:) "]"
           MOVE 2 TO I MOVE 3 TO L
           DISPLAY "[" TXT (I:L) "][" TXT (I + 5:) "]"
           MOVE "xy" TO TXT (I:L)
           DISPLAY "[" TXT "]"
           DISPLAY D-Y " " D-M " " D-D
           MOVE 12 TO D-M
           DISPLAY D-YMD
           INITIALIZE R-TAB (2)
           DISPLAY "[" R-TAB (1) "][" R-TAB (2) "]"
           INITIALIZE REC REPLACING ALPHANUMERIC BY "Q" NUMERIC BY 9
           DISPLAY "[" R-NAME "][" R-TAB (3) "] " R-AMT
           MOVE SPACES TO REC
           MOVE REC TO R-TAB (1)
           DISPLAY "[" R-TAB (1) "]"
           MOVE 7 TO RETURN-CODE
           STOP RUN.
