      * An index starts at 1 (a SEARCH of a table whose index was never
      * SET begins at the first occurrence).
       IDENTIFICATION DIVISION.
       PROGRAM-ID. INDEX-START.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 TBL-VALUES     PIC X(12) VALUE "AA01BB02CC03".
       01 TBL REDEFINES TBL-VALUES.
          05 ENTRY-X OCCURS 3 TIMES ASCENDING KEY IS KEY-X
                     INDEXED BY IX.
             10 KEY-X  PIC XX.
             10 CODE-X PIC 99.
       01 N PIC S9(4).
       PROCEDURE DIVISION.
           SET N TO IX
           DISPLAY N
           SEARCH ENTRY-X
               AT END DISPLAY "NOT FOUND"
               WHEN KEY-X (IX) = "BB" DISPLAY "BB IS " CODE-X (IX)
           END-SEARCH
           SEARCH ENTRY-X
               AT END DISPLAY "AA NOT FOUND FROM HERE"
               WHEN KEY-X (IX) = "AA" DISPLAY "AA IS " CODE-X (IX)
           END-SEARCH
           STOP RUN.
