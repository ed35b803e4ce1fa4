import Foundation
import WijkSim

exit(WijkSimCommand.main(arguments: CommandLine.arguments))
