resource "aws_iam_role" "ci" {
  name                = "ci"
  assume_role_policy  = "{}"
  managed_policy_arns = ["arn:aws:iam::aws:policy/IAMReadOnlyAccess"]
}
