package moves

import "github.com/corecue/corecue/internal/figure"

// The library's motions, family by family. Every angle keeps within
// figure.Limits; the tests check each start against the entry's position
// and each load against the entry's attributes.

// Curls on the back: the crunch family bends the lower back, rep after rep.
var (
	crunchStart = crook
	crunchEnd   = with(crook, jL, 28, jN, 20, jS, 25, jE, 5)
	// The decline sit-up lies along a bench sloping 10° head-down, the feet
	// hooked at its top, and curls up from it.
	declineStart = flat(with(crook, jT, -100))
	declineEnd   = flat(with(crook, jT, -42, jL, 40, jN, 10, jS, 55, jE, 5, jH, 100))
	situpEnd     = flat(with(crook, jT, -35, jL, 40, jN, 10, jS, 55, jE, 5, jH, 100))
	longSitup    = supine
	longSitupUp  = pose(-25, 40, 10, 55, 5, 65, 0, 30)
	cableStart   = pose(25, 0, 10, 160, 130, 50, 115, 75)
	cableEnd     = pose(45, 35, 20, 160, 130, 70, 115, 75)
	revStart     = pose(-90, 0, -10, -20, 20, 90, 90, 20)
	revEnd       = pose(-115, 25, -10, -20, 20, 95, 95, 20)
	toeReach     = pose(-90, 0, -10, 90, 0, 90, 0, 10)
	toeReachUp   = pose(-90, 28, 20, 90, 0, 90, 0, 10)
	vStart       = pose(-90, 0, -10, 170, 0, 0, 0, 30)
	vEnd         = pose(-40, 38, 10, 110, 0, 125, 0, 30)
	t2bEnd       = pose(-50, 45, 10, 175, 0, 125, 10, 20)
	bikeStart    = pose(-90, 10, 15, 160, 140, 100, 105, 20)
	bikeEnd      = pose(-90, 28, 15, 160, 140, 35, 10, 20)
	crossEnd     = with(crook, jL, 28, jN, 20, jS, 60, jE, 20)
	twistStart   = flat(pose(-35, 10, 10, 70, 40, 95, 100, 0))
	twistEnd     = flat(pose(-35, 10, 10, 35, 20, 95, 100, 0))
	rollUpEnd    = pose(-15, 50, 20, 60, 0, 75, 0, 30)
	teaserEnd    = pose(-45, 30, 5, 110, 0, 125, 0, 30)
	slamStart    = flat(pose(0, -10, -10, 175, 10, 2, 6, 0))
	slamEnd      = flat(pose(40, 40, 15, 70, 0, 60, 40, 0))
	machineSeat  = flat(pose(0, 0, 0, 150, 130, 90, 90, 0))
	machineEnd   = flat(pose(0, 35, 15, 150, 130, 90, 90, 0))
)

// Legs lifted from the back, held or moved with the back kept neutral.
var (
	legRaiseStart = pose(-90, 0, -10, -20, 20, 5, 0, 30)
	legRaiseEnd   = pose(-90, 0, -10, -20, 20, 90, 0, 20)
	bentRaiseEnd  = pose(-90, 0, -10, -20, 20, 100, 95, 20)
	flutterStart  = pose(-90, 0, -10, -20, 20, 20, 0, 35)
	flutterEnd    = pose(-90, 0, -10, -20, 20, 40, 0, 35)
	hangLegs      = pose(-10, 10, 0, 180, 0, 90, 0, 20)
	hangKnees     = pose(-10, 10, 0, 180, 0, 110, 100, 20)
	tuckStart     = pose(-30, 0, 0, -50, 0, 70, 10, 30)
	tuckEnd       = pose(-30, 8, 5, -50, 0, 115, 110, 30)
	hollowStart   = pose(-90, 0, -10, 170, 0, 0, 0, 30)
	hollowHeld    = pose(-90, 10, 15, 160, 0, 30, 0, 40)
	wiperStart    = pose(-90, 0, -10, -20, 20, 90, 0, 20)
	wiperEnd      = pose(-90, 0, -10, -20, 20, 65, 0, 20)
	// The McGill curl-up: the near leg long on the mat, the far knee bent
	// with its foot flat, the hands flat under the lower back's hollow with
	// the elbows out to the sides and off the mat. The head and shoulders
	// lift a little as one piece: the trunk turns up a few degrees at the
	// hip (the legs keep their place on the mat), the neck stays in line
	// and the lower back keeps its curve.
	curlUpStart   = with(supine, jN, 0, jS, -15, jE, 12, jA, 20, jAO, 50)
	curlUpEnd     = with(curlUpStart, jT, -84, jH, 6)
	curlUpBent    = flat(with(curlUpStart, jH, 45, jK, 108))
	curlUpBentEnd = flat(with(curlUpEnd, jH, 51, jK, 108))
	deadBugStart  = pose(-90, 0, -10, 90, 0, 90, 90, 20)
	deadBugEnd    = pose(-90, 0, -10, 165, 0, 25, 5, 25)
	deadBugLong   = pose(-90, 0, -10, 90, 0, 90, 0, 20)
	deadBugLongE  = pose(-90, 0, -10, 165, 0, 30, 0, 25)
	heelStart     = flat(pose(-90, 8, 15, 20, 5, 45, 108, 0))
	heelEnd       = flat(pose(-90, 8, 15, 5, 0, 45, 108, 0))
	hundredHeld   = pose(-90, 10, 20, 20, 0, 45, 0, 40)
	singleStretch = pose(-90, 10, 20, 40, 30, 115, 120, 30)
	singleLong    = pose(-90, 10, 20, 40, 30, 45, 0, 35)
	doubleStart   = pose(-90, 10, 20, 40, 40, 115, 120, 30)
	doubleEnd     = pose(-90, 10, 20, 165, 0, 50, 0, 35)
	crissStart    = pose(-90, 10, 20, 160, 140, 110, 110, 30)
	crissEnd      = pose(-90, 10, 20, 160, 140, 45, 0, 35)
	boatStart     = seated
	boatHeld      = pose(-40, 0, 0, 85, 0, 120, 0, 30)
	halfBoatHeld  = pose(-40, 0, 0, 85, 0, 120, 100, 30)
	lsitStart     = pose(0, 0, 0, 0, 0, 90, 0, 20)
	lsitHeld      = pose(0, 0, 0, 5, 0, 95, 0, 25)
	dragonStart   = pose(-90, 0, -10, 165, 110, 0, 0, 30)
	dragonEnd     = pose(-140, 0, 0, 165, 110, 0, 0, 30)
	circleStart   = pose(-90, 0, -10, -20, 20, 90, 0, 20)
	circleEnd     = pose(-90, 0, -10, -20, 20, 55, 0, 25)
	marchStart    = crook
	marchEnd      = pose(-90, 0, -10, -20, 20, 90, 90, 20)
	kneeChest     = pose(-90, 8, -10, 40, 100, 125, 130, 20)
	tiltEnd       = flat(with(crook, jT, -95, jL, 8, jH, 50))
	rotationEnd   = flat(with(crook, jH, 35))
)

// On the front: lifts that arch the lower back, and rests that keep it long.
var (
	supermanHeld = pose(90, -25, -15, 170, 0, -15, 0, 75)
	proneReach   = pose(90, 0, 0, 170, 0, 0, 0, 75)
	backExtUp    = pose(90, -30, -10, 0, 0, 0, 0, 75)
	swimEnd      = pose(90, -20, -10, 160, 0, -12, 0, 70)
	cobraStart   = pose(90, 0, 0, -40, 150, 0, 0, 75)
	cobraHeld    = pose(90, -30, -15, 30, 120, 0, 0, 75)
	sphinxHeld   = pose(90, -8, -10, 142, 30, 0, 0, 75)
	bowHeld      = pose(90, -30, -15, -50, 0, -15, 120, 40)
	revHyperEnd  = pose(90, -20, 0, 0, 0, -18, 0, 60)
	wheelStart   = flat(pose(-90, 0, -10, 170, 140, 45, 108, 0))
	wheelHeld    = flat(pose(-100, -30, -30, 180, 0, -15, 90, 0))
)

// On the hands and knees.
var (
	birdDogHeld = pose(76, 0, 14, 166, 0, -14, 0, 0)
	bearPlank   = pose(90, 0, 14, 90, 0, 90, 90, 75)
	bearStep    = pose(90, 0, 14, 105, 0, 110, 100, 75)
	catFlexed   = pose(76, 20, 30, 76, 0, 76, 90, 75)
	cowArched   = pose(76, -18, -15, 76, 0, 76, 90, 75)
	downDog     = pose(130, 0, 0, 178, 0, 100, 0, -25)
	threadEnd   = pose(76, 0, 30, 15, 0, 76, 90, 75)
	childsHeld  = pose(75, 30, 10, 178, 0, 125, 140, 75)
	camelHeld   = pose(-25, -30, -25, -50, 0, -20, 90, 75)
	hipStretch  = pose(0, 0, 0, 0, 10, -15, 90, 75)
	// The rollout's hands are low enough for an ab wheel under them to
	// roll on the floor, at the start and rolled out.
	rolloutStart = pose(70, 0, 0, 70, 0, 70, 90, 75)
	rolloutEnd   = pose(80, 0, 10, 148, 0, 10, 20, 75)
	// The ball rollout: kneeling tall with the forearms level on an
	// exercise ball, then leaning out from the knees as it rolls away; the
	// ball stays on the floor under the forearms throughout.
	ballRollStart = pose(20, 0, 0, 20, 88, 20, 90, 75)
	ballRollEnd   = pose(50, 0, 10, 118, 22, 25, 65, 75)
)

// Planks: the back held neutral over forearms or hands.
var (
	plankKnees = pose(75, 0, 0, 90, 90, 0, 90, 75)
	sawBack    = pose(80, 0, 0, 115, 65, 0, 0, 0)
	climberEnd = pose(68, 0, 0, 68, 0, 100, 110, 20)
	jackEnd    = pose(68, 0, 0, 68, 0, 10, 0, 15)
	tapEnd     = pose(68, 0, 0, 130, 60, 0, 0, 5)
	// Stir the pot: a plank with the forearms level on an exercise ball,
	// the elbows circling forward and back.
	stirStart = pose(60, 0, 0, 100, 54, 0, 0, 0)
	stirEnd   = pose(60, 0, 0, 106, 38, 0, 0, 0)
	ballPlank = pose(88, 0, 0, 88, 0, 0, 0, 20)
	tuckBall  = pose(100, 8, 0, 108, 0, 125, 130, 40)
	pikeBall  = pose(140, 8, 5, 148, 0, 80, 0, 20)
	upDownEnd = pose(70, 0, 0, 90, 90, 0, 0, 0)
	rowStart  = pose(74, 0, 0, 74, 0, 0, 0, 5) // on the dumbbells, on the floor
	rowEnd    = pose(74, 0, 0, 20, 100, 0, 0, 5)
)

// Side planks, seen from the front: the body on its right side with the
// head to the left, the trunk 15° above level, held up on the right forearm
// (or hand) straight under the shoulder (its swing out matches the trunk's
// tilt), the legs stacked. The drawn body is the left, upper side; the
// other side is the supporting arm and the lower leg.
var (
	sideTop       = with(pose(-75, 0, 0, 0, 0, 0, 0, 0), jAO, 5)
	sideUnder     = with(pose(-75, 0, 0, 0, 90, 0, 0, 0), jAO, 75)
	sideKnees     = with(pose(-66, 0, 0, 0, 0, 5, 95, 0), jAO, 5)
	sideKneesDown = with(pose(-66, 0, 0, 0, 90, 5, 95, 0), jAO, 66)
	// The hip dip: the trunk tilts down to the hips and the legs turn up
	// toward the ceiling, the forearm and feet staying where they are.
	dipTop   = with(pose(-60, 0, 0, 0, 0, 0, 0, 0), jAO, 5, jLO, 23)
	dipUnder = with(pose(-60, 0, 0, 0, 90, 0, 0, 0), jAO, 60, jLO, -23)
	// The star: on a straight arm, the upper arm to the ceiling and the
	// upper leg lifted.
	starStart = with(pose(-62, 0, 0, 0, 0, 0, 0, 0), jAO, 5)
	starHeld  = with(pose(-62, 0, 0, 0, 0, 0, 0, 0), jAO, 118, jLO, 35)
	starUnder = with(pose(-62, 0, 0, 0, 0, 0, 0, 0), jAO, 62)
	// The Copenhagen plank: level, the upper leg's ankle on a bench, the
	// lower leg lifted up under it.
	copenhagen      = with(pose(-82, 0, 0, 0, 0, 0, 0, 0), jAO, 5)
	copenhagenUnder = with(pose(-82, 0, 0, 0, 90, 0, 0, 0), jAO, 82, jLO, -4)
)

// Standing: hinges, carries, chops and presses.
var (
	pallofIn    = flat(pose(5, 0, 0, 20, 110, 15, 20, 0))
	pallofOut   = flat(pose(5, 0, 0, 85, 5, 15, 20, 0))
	chopHigh    = flat(pose(0, 0, -10, 150, 10, 5, 10, 0))
	chopLow     = flat(pose(25, 0, 10, 25, 10, 35, 30, 0))
	carry       = flat(pose(0, 0, 0, 0, 0, 2, 6, 0))
	carryStep   = flat(pose(0, 0, 0, 5, 0, 25, 20, 0))
	goodMorning = flat(pose(70, 0, -20, 150, 140, 70, 10, 0))
	hingeTop    = flat(pose(0, 0, 0, 0, 0, 2, 6, 0))
	deadliftLow = flat(pose(68, 0, -25, 68, 0, 105, 62, 0)) // the plates on the floor
	rdlLow      = flat(pose(65, 0, -25, 65, 0, 75, 20, 0))
	swingBack   = flat(pose(60, 0, -25, 40, 0, 80, 30, 0))
	swingTop    = flat(pose(0, 0, 0, 90, 0, 2, 6, 0))
	landmineIn  = flat(pose(5, 0, 0, 50, 60, 10, 15, 0))
	landmineOut = flat(pose(10, 0, 0, 100, 20, 15, 25, 0))
	thrustStart = flat(pose(-70, 0, 10, -30, 0, 80, 90, 0))
	thrustTop   = flat(pose(-105, 0, 20, -40, 0, 0, 85, 0))
	getUpStart  = flat(pose(-90, 0, -10, 90, 0, 45, 108, 0))
	getUpEnd    = flat(pose(-40, 0, 0, 95, 0, 90, 120, 0))
	twistSit    = pose(0, 0, 0, 40, 60, 90, 0, 10)
	twistSitEnd = pose(0, 0, 10, 10, 90, 90, 0, 10)
)

var motions = map[string]Motion{
	// The crunch family.
	"sit-up":              move(crunchStart, situpEnd, LoadBends, noteBends),
	"decline-sit-up":      move(declineStart, declineEnd, LoadBends, noteBends).using(figure.GearDeclineBench),
	"straight-leg-sit-up": move(longSitup, longSitupUp, LoadBends, noteBends),
	"crunch":              move(crunchStart, crunchEnd, LoadBends, noteBends),
	"cable-crunch":        move(cableStart, cableEnd, LoadBends, noteBends).on(figure.SupportFloor, figure.AnchorKnees).using(figure.GearCableHigh),
	"machine-crunch":      move(machineSeat, machineEnd, LoadBends, noteBends).on(figure.SupportSeat, figure.AnchorHip),
	"reverse-crunch":      move(revStart, revEnd, LoadBends, noteBends).on(figure.SupportFloor, figure.AnchorHands),
	"toe-reach-crunch":    move(toeReach, toeReachUp, LoadBends, noteBends),
	"v-up":                move(vStart, vEnd, LoadBends, noteBends),
	"roll-up":             move(longSitup, rollUpEnd, LoadBends, noteBends),
	"teaser":              move(vStart, teaserEnd, LoadBends, noteBends),
	"toes-to-bar":         move(hang, t2bEnd, LoadBends, noteBends).on(figure.SupportBar, figure.AnchorHands),
	"ball-slam":           move(slamStart, slamEnd, LoadBends, noteBends).on(figure.SupportFloor, figure.AnchorFeet).using(figure.GearMedicineBall),

	// Twisting curls.
	"bicycle-crunch":    move(bikeStart, bikeEnd, LoadTwists, noteBendTwist).both(),
	"cross-body-crunch": move(crunchStart, crossEnd, LoadTwists, noteBendTwist),
	"russian-twist":     move(twistStart, twistEnd, LoadTwists, noteBendTwist).using(figure.GearMedicineBall),
	"criss-cross":       move(crissStart, crissEnd, LoadTwists, noteBendTwist),
	"windshield-wiper":  move(wiperStart, wiperEnd, LoadTwists, noteTwists),
	"woodchop":          move(chopHigh, chopLow, LoadTwists, noteTwists).on(figure.SupportFloor, figure.AnchorFeet).using(figure.GearCableBehind),
	"landmine-rotation": move(landmineIn, landmineOut, LoadTwists, noteTwists).on(figure.SupportFloor, figure.AnchorFeet).using(figure.GearLandmine),
	"turkish-get-up":    move(getUpStart, getUpEnd, LoadTwists, noteTwists).using(figure.GearKettlebell),

	// Leg raises and holds on the back.
	"leg-raise":             move(legRaiseStart, legRaiseEnd, LoadNeutral, noteNeutral),
	"bent-knee-leg-raise":   move(crook, bentRaiseEnd, LoadNeutral, noteNeutral),
	"flutter-kicks":         move(flutterStart, flutterEnd, LoadNeutral, noteNeutral),
	"hanging-leg-raise":     move(hang, hangLegs, LoadNeutral, noteCurls).on(figure.SupportBar, figure.AnchorHands),
	"hanging-knee-raise":    move(hang, hangKnees, LoadNeutral, noteCurls).on(figure.SupportBar, figure.AnchorHands),
	"seated-knee-tuck":      move(tuckStart, tuckEnd, LoadNeutral, noteCurls),
	"hollow-body-hold":      hold(hollowStart, hollowHeld, LoadNeutral, noteCurls),
	"pilates-hundred":       hold(hollowStart, hundredHeld, LoadNeutral, noteCurls),
	"mcgill-curl-up":        hold(curlUpStart, curlUpEnd, LoadNeutral, noteNeutral).besideMoving(curlUpBent, curlUpBentEnd),
	"heel-touch":            move(heelStart, heelEnd, LoadNeutral, noteCurls),
	"single-leg-stretch":    move(singleStretch, singleLong, LoadNeutral, noteCurls),
	"double-leg-stretch":    move(doubleStart, doubleEnd, LoadNeutral, noteCurls),
	"dead-bug":              move(deadBugStart, deadBugEnd, LoadNeutral, noteNeutral).both(),
	"dead-bug-straight-leg": move(deadBugLong, deadBugLongE, LoadNeutral, noteNeutral).both(),
	"leg-circles":           move(circleStart, circleEnd, LoadNeutral, noteNeutral),
	"supine-march":          move(marchStart, marchEnd, LoadNeutral, noteNeutral).both(),
	"dragon-flag":           move(dragonStart, dragonEnd, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorHands).using(figure.GearBench),
	"boat-pose":             hold(boatStart, boatHeld, LoadNeutral, noteNeutral),
	"half-boat":             hold(boatStart, halfBoatHeld, LoadNeutral, noteNeutral),
	"l-sit":                 hold(lsitStart, lsitHeld, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorHands),

	// Breathing and bracing drills, on the back.
	"stomach-vacuum":  hold(crook, crook, LoadNeutral, noteNeutral),
	"abdominal-brace": hold(crook, crook, LoadNeutral, noteNeutral),

	// Bridges.
	"glute-bridge": move(crook, bridgeTop, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorFeet),
	"hip-thrust":   move(thrustStart, thrustTop, LoadNeutral, noteNeutral).on(figure.SupportBench, figure.AnchorFeet),

	// Gentle mobility on the back.
	"pelvic-tilt":          move(crook, tiltEnd, LoadNeutral, noteMobility),
	"knee-to-chest":        hold(crook, kneeChest, LoadNeutral, noteMobility),
	"lower-trunk-rotation": move(crook, rotationEnd, LoadNeutral, noteNeutral),

	// On the front.
	"superman":               hold(proneReach, supermanHeld, LoadArches, noteArches),
	"back-extension":         move(prone, backExtUp, LoadArches, noteArches),
	"pilates-swimming":       move(proneReach, swimEnd, LoadArches, noteArches).both(),
	"cobra-pose":             hold(cobraStart, cobraHeld, LoadArches, noteArches),
	"sphinx-pose":            hold(cobraStart, sphinxHeld, LoadNeutral, noteMobility),
	"bow-pose":               hold(prone, bowHeld, LoadArches, noteArches),
	"reverse-hyperextension": move(prone, revHyperEnd, LoadArches, noteArches).using(figure.GearBench),
	"wheel-pose":             hold(wheelStart, wheelHeld, LoadArches, noteArches).on(figure.SupportFloor, figure.AnchorFeet),
	"camel-pose":             hold(tall, camelHeld, LoadArches, noteArches).on(figure.SupportFloor, figure.AnchorKnees),

	// On the hands and knees.
	"bird-dog":          hold(allFours, birdDogHeld, LoadNeutral, noteNeutral).both(),
	"bear-plank":        hold(allFours, bearPlank, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorHands),
	"bear-crawl":        move(bearPlank, bearStep, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorHands).both(),
	"cat-cow":           move(catFlexed, cowArched, LoadNeutral, noteMobility).on(figure.SupportFloor, figure.AnchorKnees),
	"thread-the-needle": move(allFours, threadEnd, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorKnees),
	"downward-dog":      hold(allFours, downDog, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorHands),
	"childs-pose":       hold(tall, childsHeld, LoadNeutral, noteMobility).on(figure.SupportFloor, figure.AnchorKnees),

	// Kneeling.
	"hip-flexor-stretch":     hold(tall, hipStretch, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorKnees).beside(lungeLeg),
	"ab-wheel-rollout":       move(rolloutStart, rolloutEnd, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorKnees).using(figure.GearAbWheel),
	"stability-ball-rollout": move(ballRollStart, ballRollEnd, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorKnees).using(figure.GearBallUnderArms),

	// Planks.
	"front-plank":              hold(forearmPlank, forearmPlank, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorHands),
	"front-plank-knees":        hold(plankKnees, plankKnees, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorHands),
	"high-plank":               hold(handPlank, handPlank, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorHands),
	"body-saw":                 move(forearmPlank, sawBack, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorHands),
	"mountain-climber":         move(handPlank, climberEnd, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorHands).both(),
	"plank-jacks":              move(handPlank, jackEnd, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorHands),
	"plank-shoulder-taps":      move(handPlank, tapEnd, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorFeet).both(),
	"stir-the-pot":             move(stirStart, stirEnd, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorFeet).using(figure.GearBallUnderArms),
	"stability-ball-knee-tuck": move(ballPlank, tuckBall, LoadNeutral, noteCurls).on(figure.SupportBall, figure.AnchorHands),
	"stability-ball-pike":      move(ballPlank, pikeBall, LoadNeutral, noteCurls).on(figure.SupportBall, figure.AnchorHands),
	"plank-up-down":            move(handPlank, upDownEnd, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorFeet),
	"renegade-row":             move(rowStart, rowEnd, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorFeet).both().using(figure.GearDumbbell),

	// Side planks, seen from the front: the body on its side.
	"side-bridge-feet":   hold(sideTop, sideTop, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorHands).sides(sideUnder, sideUnder),
	"side-bridge-knees":  hold(sideKnees, sideKnees, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorHands).sides(sideKneesDown, sideKneesDown),
	"side-plank-hip-dip": move(sideTop, dipTop, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorHands).sides(sideUnder, dipUnder),
	"side-plank-star":    hold(starStart, starHeld, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorHands).sides(starUnder, starUnder),
	"copenhagen-plank":   hold(copenhagen, copenhagen, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorHands).sides(copenhagenUnder, copenhagenUnder).using(figure.GearBench),

	// Standing.
	"pallof-press":      move(pallofIn, pallofOut, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorFeet).using(figure.GearCableSide),
	"suitcase-carry":    move(carry, carryStep, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorFeet).using(figure.GearDumbbell),
	"farmers-carry":     move(carry, carryStep, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorFeet).using(figure.GearDumbbell),
	"good-morning":      move(flat(pose(0, 0, 0, 150, 140, 2, 6, 0)), goodMorning, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorFeet).using(figure.GearBarOnBack),
	"deadlift":          move(hingeTop, deadliftLow, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorFeet).using(figure.GearBarbell),
	"romanian-deadlift": move(hingeTop, rdlLow, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorFeet).using(figure.GearBarbell),
	"kettlebell-swing":  move(swingTop, swingBack, LoadNeutral, noteNeutral).on(figure.SupportFloor, figure.AnchorFeet).using(figure.GearKettlebell),

	// Sitting.
	"seated-spinal-twist": hold(twistSit, twistSitEnd, LoadNeutral, noteNeutral),
}

// The front leg of a half-kneeling stretch: foot flat ahead of the knee.
var lungeLeg = flat(pose(0, 0, 0, 0, 10, 90, 90, 0))

// The top of a bridge: hips lifted in line with the thighs, the shoulders
// and feet on the mat.
var bridgeTop = flat(pose(-112, 0, 25, -30, 0, 0, 100, 0))
