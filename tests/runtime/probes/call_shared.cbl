      * BY REFERENCE shares the caller's storage (cobc passes its
      * address): an item passed twice is one storage, a write through
      * LINKAGE is seen at once through a GLOBAL name, a subscripted
      * argument stays where it was when the subscript changes, ADDRESS
      * OF the LINKAGE item is the caller's item's, a LINKAGE record
      * longer than the item sees the bytes after it in the caller's
      * record; BY CONTENT stays a copy; COMP-2 and COMP-5 items in the
      * middle of a record are read and written in place.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. SHAREMAIN.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 TWICE        PIC X(4) VALUE "aaaa".
       01 G-ITEM       PIC X(5) GLOBAL VALUE "old  ".
       01 TABLE-AREA   GLOBAL.
          05 T         PIC X(3) OCCURS 3 VALUE "---".
       01 I            PIC 9 VALUE 1.
       01 HERE         USAGE POINTER.
       01 THERE        USAGE POINTER.
       01 GROUP-ITEM.
          05 HEAD      PIC X(2) VALUE "AB".
          05 TAIL      PIC X(4) VALUE "CDEF".
       01 COPIED       PIC X(3) VALUE "cpy".
       01 NUM-GROUP.
          05 FILLER    PIC X(3) VALUE "abc".
          05 F         COMP-2 VALUE 2.5.
          05 N         PIC S9(4) COMP-5 VALUE 7.
       PROCEDURE DIVISION.
           CALL "TWO" USING TWICE TWICE
           DISPLAY "twice " TWICE
           CALL "SEEGLOBAL" USING G-ITEM
           DISPLAY "global " G-ITEM
           CALL "SUBSCRIPT" USING T (I) I
           DISPLAY "table " TABLE-AREA " " I
           SET HERE TO ADDRESS OF GROUP-ITEM
           CALL "ADDR" USING GROUP-ITEM THERE
           IF HERE = THERE
               DISPLAY "address same"
           ELSE
               DISPLAY "address differs"
           END-IF
           CALL "LONGER" USING HEAD
           DISPLAY "group " GROUP-ITEM
           CALL "CONTENT" USING BY CONTENT COPIED
           DISPLAY "content " COPIED
           CALL "FLOATS" USING F N
           DISPLAY "floats " F " " N
           STOP RUN.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. TWO.
       DATA DIVISION.
       LINKAGE SECTION.
       01 X            PIC X(4).
       01 Y            PIC X(4).
       PROCEDURE DIVISION USING X Y.
           MOVE "bbbb" TO X
           DISPLAY "two sees " Y
           MOVE "cc" TO Y (3:2)
           DISPLAY "two then " X
           GOBACK.
       END PROGRAM TWO.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. SEEGLOBAL.
       DATA DIVISION.
       LINKAGE SECTION.
       01 L            PIC X(5).
       PROCEDURE DIVISION USING L.
           MOVE "new" TO L
           DISPLAY "global inside " G-ITEM
           GOBACK.
       END PROGRAM SEEGLOBAL.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. SUBSCRIPT.
       DATA DIVISION.
       LINKAGE SECTION.
       01 L            PIC X(3).
       01 J            PIC 9.
       PROCEDURE DIVISION USING L J.
           MOVE 3 TO J
           MOVE "one" TO L
           GOBACK.
       END PROGRAM SUBSCRIPT.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. ADDR.
       DATA DIVISION.
       LINKAGE SECTION.
       01 L            PIC X(6).
       01 P            USAGE POINTER.
       PROCEDURE DIVISION USING L P.
           SET P TO ADDRESS OF L
           GOBACK.
       END PROGRAM ADDR.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. LONGER.
       DATA DIVISION.
       LINKAGE SECTION.
       01 L            PIC X(6).
       PROCEDURE DIVISION USING L.
           DISPLAY "longer sees " L
           MOVE "xyzuvw" TO L
           GOBACK.
       END PROGRAM LONGER.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. CONTENT.
       DATA DIVISION.
       LINKAGE SECTION.
       01 L            PIC X(3).
       PROCEDURE DIVISION USING L.
           MOVE "new" TO L
           DISPLAY "content inside " L
           GOBACK.
       END PROGRAM CONTENT.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. FLOATS.
       DATA DIVISION.
       LINKAGE SECTION.
       01 L            COMP-2.
       01 M            PIC S9(4) COMP-5.
       PROCEDURE DIVISION USING L M.
           DISPLAY "floats inside " L " " M
           ADD 1 TO L M
           GOBACK.
       END PROGRAM FLOATS.
       END PROGRAM SHAREMAIN.
