       IDENTIFICATION DIVISION.
       PROGRAM-ID. STRUNSTR.
      * STRING (DELIMITED BY SIZE / literal / item, POINTER, OVERFLOW)
      * AND UNSTRING (DELIMITERS, ALL, OR, DELIMITER IN, COUNT IN,
      * POINTER, TALLYING, OVERFLOW, NUMERIC RECEIVERS).
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 T10 PIC X(10).
       01 T5 PIC X(5).
       01 P PIC 99.
       01 NAME PIC X(20) VALUE "JOHN<DOE<JR".
       01 A1 PIC X(6).
       01 A2 PIC X(6).
       01 A3 PIC X(6).
       01 D1 PIC X(2).
       01 D2 PIC X(2).
       01 C1 PIC 99.
       01 C2 PIC 99.
       01 TL PIC 99.
       01 N1 PIC 9(4).
       01 N2 PIC S9(3)V9.
       01 CSV PIC X(20) VALUE "12,,-3.5,XYZ".
       01 WD PIC X(8) VALUE "AB CD".
       PROCEDURE DIVISION.
           MOVE ALL "." TO T10
           STRING "AB" "CD" DELIMITED BY SIZE INTO T10
           DISPLAY "[" T10 "]"
           MOVE ALL "." TO T10
           STRING WD DELIMITED BY SPACE "-" DELIMITED BY SIZE
               WD DELIMITED BY "D" INTO T10
           DISPLAY "[" T10 "]"
           MOVE SPACES TO T5 MOVE 2 TO P
           STRING "ABCDEFG" DELIMITED BY SIZE INTO T5 WITH POINTER P
               ON OVERFLOW DISPLAY "OVERFLOW " P
               NOT ON OVERFLOW DISPLAY "NO OVERFLOW"
           END-STRING
           DISPLAY "[" T5 "]"
           MOVE 1 TO P
           STRING "XY" DELIMITED BY SIZE INTO T5 WITH POINTER P
               ON OVERFLOW DISPLAY "OVERFLOW " P
               NOT ON OVERFLOW DISPLAY "NO OVERFLOW " P
           END-STRING
           DISPLAY "[" T5 "]"
           UNSTRING NAME DELIMITED BY "<" INTO A1 A2 A3
           DISPLAY "[" A1 "][" A2 "][" A3 "]"
           MOVE ALL "*" TO A1 A2 A3
           MOVE 0 TO TL
           UNSTRING CSV DELIMITED BY "," OR SPACE
               INTO A1 DELIMITER IN D1 COUNT IN C1
                    A2 DELIMITER IN D2 COUNT IN C2
                    A3
               TALLYING IN TL
               ON OVERFLOW DISPLAY "UNSTRING OVERFLOW"
           END-UNSTRING
           DISPLAY "[" A1 "][" D1 "]" C1 "[" A2 "][" D2 "]" C2
               "[" A3 "]" TL
           UNSTRING CSV DELIMITED BY ALL "," INTO N1 N2 A3
           DISPLAY N1 " " N2 " [" A3 "]"
           MOVE 4 TO P
           UNSTRING CSV DELIMITED BY "," INTO A1 WITH POINTER P
           DISPLAY "[" A1 "] " P
           UNSTRING "ABCDEFGHIJ" INTO A1 T5
           DISPLAY "[" A1 "][" T5 "]"
           STOP RUN.
