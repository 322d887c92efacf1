      * ANY LENGTH LINKAGE items take the size of each CALL's argument:
      * LENGTH OF / FUNCTION LENGTH, MOVE (padded to it), reference
      * modification, comparison, DISPLAY; the caller gets the bytes
      * back; WORKING-STORAGE of the called program persists across
      * CALLs with arguments of other sizes.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. prog.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 LONG-ARG  PIC X(10) VALUE "ABCDEFGHIJ".
       01 SHORT-ARG PIC X(3)  VALUE "xyz".
       01 NUM-ARG   PIC X(4)  VALUE "1234".
       PROCEDURE DIVISION.
           CALL "sub" USING LONG-ARG
           DISPLAY "[" LONG-ARG "]"
           CALL "sub" USING SHORT-ARG
           DISPLAY "[" SHORT-ARG "]"
           CALL "sub" USING NUM-ARG
           DISPLAY "[" NUM-ARG "]"
           CALL "sub" USING LONG-ARG
           DISPLAY "[" LONG-ARG "]"
           STOP RUN.
       END PROGRAM prog.

       IDENTIFICATION DIVISION.
       PROGRAM-ID. sub.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 CALLS     PIC 9 VALUE 0.
       01 LEN       PIC 99.
       LINKAGE SECTION.
       01 ITEM      PIC X ANY LENGTH.
       PROCEDURE DIVISION USING ITEM.
           ADD 1 TO CALLS
           MOVE LENGTH OF ITEM TO LEN
           DISPLAY CALLS " " LEN " " FUNCTION LENGTH (ITEM)
               " [" ITEM "]"
           IF ITEM = "xyz"
               DISPLAY "equal to xyz"
           END-IF
           IF ITEM (1:1) = "A"
               MOVE "ab" TO ITEM
           ELSE
               MOVE ALL "*" TO ITEM
               MOVE "#" TO ITEM (2:)
           END-IF
           DISPLAY "[" ITEM "] " FUNCTION REVERSE (ITEM)
           GOBACK.
       END PROGRAM sub.
