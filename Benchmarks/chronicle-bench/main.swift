import ChronicleKit
import Foundation

print("chronicle-bench: no benchmarks yet")
