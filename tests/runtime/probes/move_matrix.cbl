       IDENTIFICATION DIVISION.
       PROGRAM-ID. MOVEMATRIX.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 N3 PIC 9(3).
       01 S3 PIC S9(3).
       01 N3V2 PIC 9(3)V99.
       01 S3V2 PIC S9(3)V99.
       01 X5 PIC X(5).
       01 X3 PIC X(3).
       01 XJ PIC X(5) JUSTIFIED RIGHT.
       01 P5 PIC S9(5)V99 COMP-3.
       01 B4 PIC S9(4) COMP.
       01 E1 PIC ZZ9.99.
       01 A3 PIC X(3).
       PROCEDURE DIVISION.
           MOVE "1A3" TO A3 MOVE A3 TO N3 DISPLAY "[" N3 "]"
           MOVE " 5 " TO A3 MOVE A3 TO N3 DISPLAY "[" N3 "]"
           MOVE "12." TO A3 MOVE A3 TO N3V2 DISPLAY "[" N3V2 "]"
           MOVE "-12" TO A3 MOVE A3 TO N3 DISPLAY "[" N3 "]"
           MOVE "-12" TO A3 MOVE A3 TO S3 DISPLAY "[" S3 "]"
           MOVE "   " TO A3 MOVE A3 TO S3 DISPLAY "[" S3 "]"
           MOVE "AB" TO XJ DISPLAY "[" XJ "]"
           MOVE "ABCDEFG" TO XJ DISPLAY "[" XJ "]"
           MOVE ALL "AB" TO X5 DISPLAY "[" X5 "]"
           MOVE ALL "7" TO N3 DISPLAY "[" N3 "]"
           MOVE HIGH-VALUES TO X3 DISPLAY "[" X3 "]"
           MOVE ZEROS TO X3 DISPLAY "[" X3 "]"
           MOVE QUOTES TO X3 DISPLAY "[" X3 "]"
           MOVE -1234.5 TO P5 DISPLAY "[" P5 "]"
           MOVE P5 TO E1 DISPLAY "[" E1 "]"
           MOVE -7 TO B4 DISPLAY "[" B4 "]"
           MOVE "12.34" TO E1 DISPLAY "[" E1 "]"
           MOVE E1 TO N3V2 DISPLAY "[" N3V2 "]"
           MOVE E1 TO X5 DISPLAY "[" X5 "]"
           MOVE X5 TO E1 DISPLAY "[" E1 "]"
           DISPLAY N3 " " S3 " " N3V2 " " S3V2 " " P5 " " B4
           DISPLAY 12 " " -12 " " 1.50 " " -0.5 " " "A" 1 2
           STOP RUN.
