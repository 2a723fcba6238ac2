resource "aws_iam_policy_attachment" "readers" {
  name       = "readers"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
  groups     = ["readers"]
  users      = []
}
