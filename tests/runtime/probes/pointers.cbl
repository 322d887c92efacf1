      * BASED records, ALLOCATE (zeros; INITIALIZED: the VALUE clauses),
      * ALLOCATE n CHARACTERS [INITIALIZED TO], FREE (a pointer becomes
      * NULL), SET ADDRESS OF to an allocated block, to another item and
      * to an address in the middle of one (SET ptr UP BY), ADDRESS OF
      * in comparisons, NULL, a BASED item over a numeric item.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. POINTERS.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 P1 USAGE POINTER.
       01 P2 USAGE POINTER VALUE NULL.
       01 B1 BASED.
          05 B1-X PIC X(3) VALUE "abc".
          05 B1-N PIC 9(3) VALUE 42.
          05 B1-C PIC S9(3) COMP-3 VALUE 7.
       01 X4 PIC X(4) BASED.
       01 W1 PIC X(8) VALUE "12345678".
       01 N4 PIC 9(4) BASED.
       01 NUM PIC 9(4) VALUE 12.
       PROCEDURE DIVISION.
           IF ADDRESS OF B1 = NULL DISPLAY "b1 null at start" END-IF
           IF P2 = NULL DISPLAY "p2 null at start" END-IF
           ALLOCATE B1
           DISPLAY "[" B1-X "]"
           MOVE "xyz" TO B1-X
           MOVE 5 TO B1-N
           DISPLAY "[" B1 "]"
           FREE B1
           ALLOCATE B1 INITIALIZED
           DISPLAY "[" B1-X "][" B1-N "][" B1-C "]"
           ALLOCATE 4 CHARACTERS RETURNING P1
           SET ADDRESS OF X4 TO P1
           DISPLAY "[" X4 "]"
           FREE P1
           IF P1 = NULL DISPLAY "p1 null after FREE" END-IF
           ALLOCATE 4 CHARACTERS INITIALIZED TO "AB" RETURNING P1
           SET ADDRESS OF X4 TO P1
           DISPLAY "[" X4 "]"
           ALLOCATE 6 CHARACTERS INITIALIZED TO ALL "Z" RETURNING P1
           SET ADDRESS OF X4 TO P1
           DISPLAY "[" X4 "]"
           SET ADDRESS OF X4 TO ADDRESS OF W1
           DISPLAY "[" X4 "]"
           SET P2 TO ADDRESS OF W1
           SET P2 UP BY 2
           SET ADDRESS OF X4 TO P2
           DISPLAY "[" X4 "]"
           MOVE "wxyz" TO X4
           DISPLAY "[" W1 "]"
           SET ADDRESS OF N4 TO ADDRESS OF W1
           ADD 1 TO N4
           DISPLAY "[" W1 "] " N4
           IF ADDRESS OF X4 = P2 DISPLAY "same address" END-IF
           IF ADDRESS OF X4 NOT = ADDRESS OF W1 DISPLAY "other" END-IF
           IF ADDRESS OF B1 NOT = NULL DISPLAY "b1 has storage" END-IF
           FREE ADDRESS OF B1
           IF ADDRESS OF B1 = NULL DISPLAY "b1 null after FREE" END-IF
           SET ADDRESS OF X4 TO NULL
           IF ADDRESS OF X4 = NULL DISPLAY "x4 null" END-IF
           ADD 1 TO NUM
           SET ADDRESS OF N4 TO ADDRESS OF NUM
           ADD 5 TO N4
           DISPLAY NUM " " N4
           STOP RUN.
