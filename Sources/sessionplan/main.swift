import Foundation
import SessionPlanKit

/// Hands the process's arguments, environment and standard streams to the library and exits with its status.
let status = CLI.run(ProcessIO.context())
ProcessIO.flush()
exit(status.rawValue)
