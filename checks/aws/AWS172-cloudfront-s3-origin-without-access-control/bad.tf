resource "aws_cloudfront_distribution" "assets" {
  enabled             = true
  default_root_object = "index.html"
  origin { # expect: AWS172
    domain_name = "assets.s3.eu-west-1.amazonaws.com"
    origin_id   = "assets"
  }
  default_cache_behavior {
    target_origin_id       = "assets"
    viewer_protocol_policy = "https-only"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    cloudfront_default_certificate = true
  }
}
