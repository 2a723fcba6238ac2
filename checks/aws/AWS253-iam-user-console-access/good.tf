resource "aws_iam_user" "svc" {
  name = "svc"
}
