import WijkSim
print("wijksim placeholder")
