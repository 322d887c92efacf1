      * INITIALIZE ... WITH FILLER and ... ALL TO VALUE (the VALUE
      * clauses under a REDEFINES, ignored when the run starts, are
      * used by ALL TO VALUE).
       IDENTIFICATION DIVISION.
       PROGRAM-ID. INITIALIZE-EXTRAS.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 REC.
          05 STAMP          PIC X(10) VALUE ALL "*".
          05 STAMP-R        REDEFINES STAMP.
             10 YYYY        PIC 9(4) VALUE 2024.
             10 FILLER      PIC X VALUE "/".
             10 MM          PIC 9(2).
             10 FILLER      PIC X VALUE "/".
             10 DD          PIC 9(2) VALUE 31.
       01 OTHER-REC.
          05 NAME-X         PIC X(4) VALUE "ABCD".
          05 FILLER         PIC X(2) VALUE "++".
          05 AMOUNT         PIC 9(3) VALUE 123.
       PROCEDURE DIVISION.
           DISPLAY "[" STAMP "]"
           INITIALIZE STAMP-R
           DISPLAY "[" STAMP "]"
           INITIALIZE STAMP-R WITH FILLER
           DISPLAY "[" STAMP "]"
           INITIALIZE STAMP-R WITH FILLER ALL TO VALUE
           DISPLAY "[" STAMP "]"
           INITIALIZE OTHER-REC
           DISPLAY "[" OTHER-REC "]"
           INITIALIZE OTHER-REC ALL TO VALUE
           DISPLAY "[" OTHER-REC "]"
           INITIALIZE OTHER-REC WITH FILLER
           DISPLAY "[" OTHER-REC "]"
           STOP RUN.
