import SessionPlanKit

print("sessionplan")
