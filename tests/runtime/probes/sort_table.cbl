      * SORT of a table in place: explicit keys (ascending, descending,
      * numeric and alphanumeric), equal keys keep their order, and the
      * table's own KEY clause when no key is given.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. SORTTAB.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 PEOPLE-DATA.
          05 FILLER PIC X(9) VALUE "SMITH 030".
          05 FILLER PIC X(9) VALUE "JONES 025".
          05 FILLER PIC X(9) VALUE "ADAMS 030".
          05 FILLER PIC X(9) VALUE "BROWN-005".
          05 FILLER PIC X(9) VALUE "CLARK 025".
       01 PEOPLE REDEFINES PEOPLE-DATA.
          05 PERSON OCCURS 5 ASCENDING KEY P-NAME.
             10 P-NAME PIC X(5).
             10 P-AGE PIC S9(3) SIGN LEADING SEPARATE.
       01 I PIC 9.
       PROCEDURE DIVISION.
           SORT PERSON ON DESCENDING KEY P-AGE.
           PERFORM SHOW.
           SORT PERSON ON ASCENDING KEY P-AGE
                       ON DESCENDING KEY P-NAME.
           PERFORM SHOW.
           SORT PERSON.
           PERFORM SHOW.
           SORT PERSON ASCENDING P-AGE WITH DUPLICATES IN ORDER.
           PERFORM SHOW.
           STOP RUN.
       SHOW.
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 5
               DISPLAY P-NAME (I) " " P-AGE (I) WITH NO ADVANCING
               DISPLAY ";" WITH NO ADVANCING
           END-PERFORM.
           DISPLAY " ".
