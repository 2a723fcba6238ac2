resource "aws_iam_group" "developers" {
  name = "developers"
}

resource "aws_iam_group_membership" "developers" {
  name  = "developers"
  group = aws_iam_group.developers.name
  users = ["alice", "bob"]
}

resource "aws_iam_group" "ops" {
  name = "ops"
}

resource "aws_iam_user_group_membership" "carol" {
  user   = "carol"
  groups = [aws_iam_group.ops.name]
}
