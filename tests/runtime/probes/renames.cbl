      * Level 66 RENAMES (cobol/renames.py): one elementary item under
      * another name keeps its type; a group, or a THRU range across
      * levels, is ONE alphanumeric item over those bytes (MOVE of a
      * number stores its digits, INITIALIZE spaces); qualified by the
      * record only.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. RENAMES.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT OUT-FILE ASSIGN TO "renames.tmp"
               ORGANIZATION LINE SEQUENTIAL.
       DATA DIVISION.
       FILE SECTION.
       FD OUT-FILE.
       01 OUT-REC.
          05 OUT-KEY    PIC X(4).
          05 OUT-REST   PIC X(6).
       66 OUT-ALL RENAMES OUT-KEY THRU OUT-REST.
       66 OUT-K   RENAMES OUT-KEY.
       WORKING-STORAGE SECTION.
       01 REC.
          05 A          PIC X(3) VALUE "ABC".
          05 G1.
             10 B       PIC 9(3) VALUE 123.
             10 B2      PIC S9(3) COMP-3 VALUE -45.
             10 BX REDEFINES B2 PIC X(2).
          05 G2.
             10 C       PIC X(2) VALUE "ZZ".
             10 D       PIC 9(2) VALUE 77.
          05 E          PIC X(4) VALUE "TAIL".
       66 AB   RENAMES A THRU B.
       66 BB   RENAMES B.
       66 GR   RENAMES G1.
       66 MID  RENAMES B2 THROUGH C.
       66 ALL-OF RENAMES A THRU E.
       01 NEG           PIC S9(3) VALUE -12.
       01 OTHER-REC.
          05 A          PIC X(3) VALUE "xyz".
          05 B          PIC 9(3) VALUE 999.
       66 AB   RENAMES A OF OTHER-REC THRU B OF OTHER-REC.
       PROCEDURE DIVISION.
           DISPLAY "[" AB OF REC "] [" BB "] [" GR "]"
           DISPLAY "[" AB OF OTHER-REC "]"
           DISPLAY "LENGTHS " FUNCTION LENGTH (AB OF REC) " "
               FUNCTION LENGTH (MID) " " FUNCTION LENGTH (ALL-OF)
           ADD 1 TO BB
           DISPLAY "B=" B OF REC " B2=" B2
           MOVE "XYZ999" TO AB OF REC
           DISPLAY "[" REC "]"
           MOVE 12 TO MID
           DISPLAY "[" C "] [" D "]"
           MOVE SPACES TO GR
           DISPLAY "[" A OF REC "] [" B OF REC "] [" C "]"
           MOVE NEG TO GR
           DISPLAY "[" GR "]"
           INITIALIZE ALL-OF REPLACING NUMERIC BY 5
           DISPLAY "[" ALL-OF "]"
           INITIALIZE ALL-OF
           DISPLAY "[" ALL-OF "]"
           IF AB OF OTHER-REC = "xyz999"
               DISPLAY "EQUAL"
           END-IF
           OPEN OUTPUT OUT-FILE
           MOVE "KEY1REST01" TO OUT-ALL
           DISPLAY "[" OUT-K "] [" OUT-REST "]"
           WRITE OUT-REC
           CLOSE OUT-FILE
           STOP RUN.
