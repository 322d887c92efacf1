      * MODULE-DATE, MODULE-TIME, MODULE-FORMATTED-DATE (issue 12): the
      * compile time, so only their shape is recorded.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. FNMODULE.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 D PIC X(8).
       01 T PIC X(6).
       01 F PIC X(20).
       PROCEDURE DIVISION.
           MOVE FUNCTION MODULE-DATE TO D.
           MOVE FUNCTION MODULE-TIME TO T.
           MOVE FUNCTION MODULE-FORMATTED-DATE TO F.
           DISPLAY FUNCTION LENGTH (FUNCTION MODULE-DATE) " "
               FUNCTION LENGTH (FUNCTION MODULE-TIME) " "
               FUNCTION LENGTH (FUNCTION MODULE-FORMATTED-DATE).
           IF D IS NUMERIC AND D (1:2) = "20" AND T IS NUMERIC
              AND T (1:2) < "24"
               DISPLAY "date and time ok"
           END-IF.
           IF F (4:1) = " " AND F (7:1) = " " AND F (12:1) = " "
              AND F (15:1) = ":" AND F (18:1) = ":"
              AND F (8:4) = D (1:4)
               DISPLAY "formatted ok"
           END-IF.
           STOP RUN.
