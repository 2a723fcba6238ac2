resource "aws_iam_group" "legacy" { # expect: AWS416
  name = "legacy-admins"
}
