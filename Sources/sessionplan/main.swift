import Foundation
import SessionPlanKit

/// Hands the process's arguments, environment and standard streams to the library and exits with its status.
exit(ProcessIO.finish(CLI.run(ProcessIO.context())))
