      * EVALUATE: WHEN with an abbreviated relation (WHEN >= n), a
      * condition subject with condition objects, EQUALS; UNSTRING of
      * a function result or a literal, DELIMITED BY ALL item.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. EVALUATE-UNSTRING-EXTRAS.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 X      PIC 9(5) VALUE 12000.
       01 V      PIC X(10) VALUE SPACES.
       01 REC    PIC X(24) VALUE "  AB  CD    EF".
       01 TWO    PIC X(2) VALUE SPACES.
       01 P1     PIC X(8).
       01 P2     PIC X(8).
       01 P3     PIC X(8).
       01 PTR    PIC 99 VALUE 1.
       PROCEDURE DIVISION.
           EVALUATE X
               WHEN >= 10000 DISPLAY "X >= 10000"
               WHEN ZERO DISPLAY "X IS ZERO"
           END-EVALUATE
           EVALUATE X ALSO V
               WHEN < 5 ALSO SPACES DISPLAY "BAD"
               WHEN > 5 ALSO NOT SPACES DISPLAY "BAD"
               WHEN NOT < 5 ALSO SPACES DISPLAY "X NOT < 5, V SPACES"
           END-EVALUATE
           EVALUATE 3 EQUALS 7
               WHEN V = SPACES DISPLAY "BAD"
               WHEN V NOT = SPACES DISPLAY "BOTH FALSE"
           END-EVALUATE
           UNSTRING FUNCTION UPPER-CASE ("ab,cd,ef") DELIMITED BY ","
               INTO P1 P2 P3
           DISPLAY P1 "|" P2 "|" P3 "|"
           UNSTRING "x-y" DELIMITED BY "-" INTO P1 P2
           DISPLAY P1 "|" P2 "|"
           UNSTRING REC DELIMITED BY ALL TWO INTO P1 POINTER PTR
           DISPLAY "[" P1 "] " PTR
           UNSTRING REC DELIMITED BY ALL TWO INTO P1 POINTER PTR
           DISPLAY "[" P1 "] " PTR
           UNSTRING REC DELIMITED BY ALL TWO INTO P1 POINTER PTR
           DISPLAY "[" P1 "] " PTR
           STOP RUN.
