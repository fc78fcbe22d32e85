package main

// Placeholders while the subcommands are written; each file that implements one removes its line.
