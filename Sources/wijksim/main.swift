import Foundation
import WijkSimCLI

exit(WijkSimCommand.main(arguments: CommandLine.arguments))
