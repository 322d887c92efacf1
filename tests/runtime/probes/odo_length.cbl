      * LENGTH OF and FUNCTION LENGTH of an item ending with an OCCURS
      * DEPENDING ON table follow the DEPENDING ON item's value: the
      * record, a group inside it, with bytes before the table; an
      * occurrence keeps its own length; a value past the maximum is
      * not checked (cobc without -debug).
       IDENTIFICATION DIVISION.
       PROGRAM-ID. ODOLEN.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 CNT          PIC 9(4) COMP VALUE 3.
       01 ROWS         PIC 99 VALUE 2.
       01 SIZE-OUT     PIC 9(4).
       01 BYTES-TAB.
          05 BYTE-ITEM PIC X OCCURS 1 TO 20 DEPENDING ON CNT.
       01 REC.
          05 REC-HEAD  PIC X(5) VALUE "head:".
          05 REC-BODY.
             10 REC-KEY  PIC X(2).
             10 REC-ROW  OCCURS 0 TO 9 TIMES DEPENDING ON ROWS.
                15 REC-A PIC X(3).
                15 REC-B PIC 9(2).
       PROCEDURE DIVISION.
           DISPLAY LENGTH OF BYTES-TAB " " FUNCTION LENGTH (BYTES-TAB)
           MOVE 9 TO CNT
           MOVE LENGTH OF BYTES-TAB TO SIZE-OUT
           DISPLAY SIZE-OUT " " LENGTH OF BYTE-ITEM
           MOVE 25 TO CNT
           DISPLAY LENGTH OF BYTES-TAB
           DISPLAY LENGTH OF REC " " LENGTH OF REC-BODY " "
                   LENGTH OF REC-ROW
           MOVE 0 TO ROWS
           COMPUTE SIZE-OUT = LENGTH OF REC * 2
           DISPLAY SIZE-OUT " " FUNCTION LENGTH (REC-BODY)
           STOP RUN.
