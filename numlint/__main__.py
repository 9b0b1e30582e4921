from numlint.cli import main

raise SystemExit(main())
